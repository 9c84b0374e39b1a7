package fr.cpam.demarches.connexion;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The work a form does for an account, out of the request that announced it (« Code oublié »,
 * « Créer un compte »): whether an account matches is found out here, where nobody waits for it,
 * so that the answer takes the same time whatever was typed (no enumeration).
 *
 * <p>One thread: a flood of requests waits here, it does not grow the threads (and beyond 10 000
 * waiting, requests are dropped). Each starts a quarter to half a second after its answer, so
 * that the work for an account does not slow the answer that announced it.
 */
@Component
class EnvoisDiffere {

  private static final SecureRandom HASARD = new SecureRandom();

  private final ScheduledThreadPoolExecutor envois = new ScheduledThreadPoolExecutor(1, r -> {
    Thread t = new Thread(r, "envois-differes");
    t.setDaemon(true);
    return t;
  });

  void plusTard(Runnable travail) {
    if (envois.getQueue().size() < 10_000) {
      envois.schedule(travail, 250 + HASARD.nextInt(250), TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  void arreter() {
    envois.shutdown();
  }
}
