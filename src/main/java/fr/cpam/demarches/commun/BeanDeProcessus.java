package fr.cpam.demarches.commun;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * A bean the models may name: a delegate or listener ({@code camunda:delegateExpression="${nom}"})
 * or a service read by an expression ({@code ${delaisCarteVitale.relancePieces}}). It replaces
 * {@code @Component}. The engine's expressions resolve these beans and no other
 * (docs/decisions/0087-les-modeles-n-appellent-que-les-beans-listes.md); {@code
 * ExpressionsDesModelesTest} fails on a model that names another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface BeanDeProcessus {

  /** The bean's name, as the models write it (by default the class's name, first letter lower case). */
  @AliasFor(annotation = Component.class)
  String value() default "";
}
