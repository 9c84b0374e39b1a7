package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.engine.interne.Correctifs.Correctif;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test class or method that checks what engine patches do (their figures, their rows): skipped,
 * with the reason, when one of them is off, as on the plain engine ({@code mvn -B verify -Pmoteur-nu},
 * docs/decisions/0080). Without patches named, all of them.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(AvecCorrectifs.Condition.class)
public @interface AvecCorrectifs {

  Correctif[] value() default {};

  /** Why the class needs them, said in the test report when it is skipped. */
  String raison();

  /** Reads the switches from the test's Spring context. */
  class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext contexte) {
      var annotation = contexte.getElement().flatMap(e -> AnnotationSupport.findAnnotation(e, AvecCorrectifs.class));
      if (annotation.isEmpty()) {
        return ConditionEvaluationResult.enabled("");
      }
      Correctifs correctifs = SpringExtension.getApplicationContext(contexte).getBean(Correctifs.class);
      Correctif[] requis = annotation.get().value().length == 0 ? Correctif.values() : annotation.get().value();
      return Arrays.stream(requis).allMatch(correctifs::actif)
          ? ConditionEvaluationResult.enabled("correctifs actifs")
          : ConditionEvaluationResult.disabled("Correctifs du moteur éteints : " + annotation.get().raison());
    }
  }
}
