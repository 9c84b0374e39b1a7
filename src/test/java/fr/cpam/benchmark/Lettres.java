package fr.cpam.benchmark;

import fr.cpam.demarches.CompteurSql;
import fr.cpam.demarches.cartevitale.LettresSeizeAnsBanc;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;

/**
 * The daily letters at 16 ({@code LettresSeizeAns}): how long one run takes for a CPAM's day.
 *
 * <p>Prepared with the volume ({@link LettresSeizeAnsBanc}): N young people who turn 16 today
 * without a card, and the N of each of the 364 days before (half with their own card, half
 * already written to), all read again by each run. On the application, the run is started as
 * its 7 o'clock timer starts it and carried out by the job executor (one job: the letters, each
 * a notification and a started "Commander une carte Vitale" with its first task), timed from the
 * start to the end of the instance; then a second run the same day, which finds nothing to write:
 * what the year's young people cost by themselves every day. On the bare engine, the nearest
 * work: N starts of the minimal process (one user task) in one transaction.
 */
final class Lettres {

  private final ApplicationContext contexte;
  private final ProcessEngine moteur;
  private final CompteurSql compteur;
  private final boolean nu;
  private int parJour;

  Lettres(ApplicationContext contexte, boolean nu) {
    this.contexte = contexte;
    this.moteur = contexte.getBean(ProcessEngine.class);
    this.compteur = contexte.getBean(CompteurSql.class);
    this.nu = nu;
  }

  void preparer(int parJour) {
    this.parJour = parJour;
    if (!nu) {
      LettresSeizeAnsBanc.preparer(contexte, parJour);
    }
  }

  /** The run's lines of the table: the day's run, and on the application the same day again. */
  List<Resultat> lancer(String base, String cible) throws InterruptedException {
    List<Resultat> lignes = new ArrayList<>();
    if (parJour == 0) {
      return lignes;
    }
    if (nu) {
      CompteurSql.Releve avant = compteur.releve();
      long t = System.nanoTime();
      ((ProcessEngineConfigurationImpl) moteur.getProcessEngineConfiguration()).getCommandExecutorTxRequired().execute(c -> {
        for (int i = 0; i < parJour; i++) {
          moteur.getRuntimeService().startProcessInstanceByKey("BancMinimal");
        }
        return null;
      });
      double ms = (System.nanoTime() - t) / 1e6;
      lignes.add(ligne(base, cible, "lettres.jour", parJour + " démarrages du processus minimal dans une transaction", parJour, ms,
          compteur.releve().moins(avant).instructionsAutres(), 0));
      return lignes;
    }
    long dejaEcrites = LettresSeizeAnsBanc.lettres(contexte);
    for (int tour = 0; tour < 2; tour++) {
      CompteurSql.Releve avant = compteur.releve();
      long lettresAvant = LettresSeizeAnsBanc.lettres(contexte);
      double ms = uneTournee();
      long ecrites = LettresSeizeAnsBanc.lettres(contexte) - lettresAvant;
      // The day's young people once each, nothing the second time (demo accounts may add a few).
      long attendues = tour == 0 ? parJour : 0;
      int anomalies = (int) (tour == 0 ? Math.max(0, attendues - ecrites) : ecrites);
      String libelle = tour == 0
          ? "Lettres des 16 ans : une tournée, " + parJour + " jeunes de 16 ans du jour (" + 364 * parJour + " dans l'année)"
          : "Lettres des 16 ans : la même tournée le même jour, rien à écrire (" + (364 + 1) * parJour + " relus)";
      System.out.printf(Locale.ROOT, "[%s, %s] lettres des 16 ans, tournée %d : %d lettre(s) en %.0f ms (%d avant)%s%n",
          base, cible, tour + 1, ecrites, ms, dejaEcrites, anomalies == 0 ? "" : " : ANOMALIE");
      lignes.add(ligne(base, cible, tour == 0 ? "lettres.jour" : "lettres.rejeu", libelle, Math.max(1, ecrites), ms,
          compteur.releve().moins(avant).instructionsDesJobs(), anomalies));
    }
    return lignes;
  }

  /** One run, started as its timer does, carried out by the job executor: milliseconds to its end. */
  private double uneTournee() throws InterruptedException {
    long t = System.nanoTime();
    String instance = moteur.getRuntimeService().startProcessInstanceByKey(LettresSeizeAnsBanc.CLE).getId();
    long limite = System.nanoTime() + 30L * 60 * 1_000_000_000L;
    while (moteur.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() > 0
        && System.nanoTime() < limite) {
      if (moteur.getManagementService().createJobQuery().processInstanceId(instance).withException().count() > 0) {
        throw new IllegalStateException("La tournée des lettres a échoué : voir l'incident de " + instance);
      }
      Thread.sleep(20);
    }
    return (System.nanoTime() - t) / 1e6;
  }

  /**
   * One line: the rate in items (letters, or starts) per second, the run's duration as its
   * latency, the statements per item (on the application, those of the job executor's threads:
   * the run, not this class's polling).
   */
  private static Resultat ligne(String base, String cible, String cle, String libelle, long elements, double ms,
      long instructions, int anomalies) {
    return new Resultat(base, cible, cle, libelle, "lettres.jour", elements * 1000 / ms, 0, ms, ms, ms,
        (double) instructions / elements, (int) elements, anomalies);
  }
}
