package fr.cpam.demarches.formation;

import java.util.concurrent.atomic.AtomicBoolean;
import org.aopalliance.intercept.MethodInterceptor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Another session's dossier changing while the room clock pushes it, on demand: on a training
 * server (profile {@code formation}), the engine's {@link ManagementService} bean is wrapped so
 * that, once {@link #armer() armed}, the next {@code setJobDuedate} writes its due date and then
 * fails with the {@link OptimisticLockingException} the engine throws when the job executor ran
 * that job meanwhile. Inert unless armed (one failure, then disarmed); {@link #desarmer()} after
 * each test. In every other context the bean is left as it is.
 */
@Component
class ConflitDansLeMoteur implements BeanPostProcessor, EnvironmentAware {

  private static final AtomicBoolean ARME = new AtomicBoolean();
  private static final AtomicBoolean DECLENCHE = new AtomicBoolean();

  private boolean formation;

  @Override
  public void setEnvironment(Environment environnement) {
    formation = environnement.acceptsProfiles(Profiles.of(ProfilFormation.PROFIL));
  }

  /** The next {@code setJobDuedate} fails after its write, as if the job had changed meanwhile. */
  static void armer() {
    DECLENCHE.set(false);
    ARME.set(true);
  }

  static void desarmer() {
    ARME.set(false);
    DECLENCHE.set(false);
  }

  /** Whether the armed failure happened since {@link #armer()}. */
  static boolean declenche() {
    return DECLENCHE.get();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String nom) {
    if (!formation || !(bean instanceof ManagementService)) {
      return bean;
    }
    ProxyFactory fabrique = new ProxyFactory(bean);
    fabrique.addAdvice((MethodInterceptor) appel -> {
      Object resultat = appel.proceed();
      if (appel.getMethod().getName().equals("setJobDuedate") && ARME.compareAndSet(true, false)) {
        DECLENCHE.set(true);
        throw new OptimisticLockingException("ConflitDansLeMoteur : le job " + appel.getArguments()[0]
            + " a changé pendant qu'on repoussait son échéance");
      }
      return resultat;
    });
    return fabrique.getProxy(bean.getClass().getClassLoader());
  }
}
