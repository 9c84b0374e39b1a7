package fr.cpam.demarches;

import fr.cpam.demarches.indemnites.interne.ArretTravailRepository;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The tests share one database, and the daily payment run pays every sick-leave dossier due that
 * day. A test that runs it names the dossiers it may see, here, instead of changing the rows other
 * tests created: the run's query of due dossiers ({@code ArretTravailRepository.echeancesDues})
 * answers only the test's own. Nothing is filtered unless a test asks, and {@link TestIntegration}
 * puts it back after each test ({@link Remise}).
 */
@Component
public class EcheancesDuTest implements BeanPostProcessor {

  private static final LongPredicate TOUTES = id -> true;
  private static volatile LongPredicate visibles = TOUTES;

  /** Until the end of the test, the run sees only the dossiers created after this call (the test's own). */
  public static void seulementLesArretsApres(long dernierIdExistant) {
    visibles = id -> id > dernierIdExistant;
  }

  /** Until the end of the test (or {@link #toutes()}), the run sees only these dossiers (their ids). */
  public static void seulementLesArrets(Collection<Long> ids) {
    Set<Long> permis = Set.copyOf(ids);
    visibles = permis::contains;
  }

  /** Every due dossier again, as in production. */
  public static void toutes() {
    visibles = TOUTES;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String nom) {
    if (bean instanceof ArretTravailRepository && bean instanceof Advised proxy) {
      proxy.addAdvice(0, (MethodInterceptor) appel -> {
        Object resultat = appel.proceed();
        if (!"echeancesDues".equals(appel.getMethod().getName()) || visibles == TOUTES) {
          return resultat;
        }
        LongPredicate filtre = visibles;
        return ((List<?>) resultat).stream().filter(id -> filtre.test((Long) id)).toList();
      });
    }
    return bean;
  }

  /** Puts the filter back after each test. */
  public static final class Remise implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext contexte) {
      toutes();
    }
  }
}
