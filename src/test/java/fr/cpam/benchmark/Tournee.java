package fr.cpam.benchmark;

import fr.cpam.demarches.CompteurSql;
import fr.cpam.demarches.indemnites.TourneeIndemnites;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationContext;

/**
 * A payment run: many dossiers due the same day, run by the target's own job executor.
 *
 * <p>Prepared with the volume: on the application, {@code IndemnitesJournalieres} dossiers
 * made as in production ({@link TourneeIndemnites}); on the bare engine, as many instances of
 * {@code BancTournee} (a timer, then an asynchronous step: the same two jobs per payment). Run
 * on the orchestrator's command: the engine clock moves to the due day, the job executor is
 * woken, and the run lasts until no job is due. A payment the bank refused is retried 5
 * minutes later ({@code R3/PT5M}): the clock then moves on by 6 minutes, until nothing is left.
 * Afterwards, on the application, the transfers, the payments and "Mes paiements" are counted:
 * each dossier must have been paid exactly once.
 */
final class Tournee {

  private final ApplicationContext contexte;
  private final ProcessEngine moteur;
  private final CompteurSql compteur;
  private final boolean nu;
  private final String cle;
  private final String echeance;
  private int nombre;

  Tournee(ApplicationContext contexte, boolean nu) {
    this.contexte = contexte;
    this.moteur = contexte.getBean(ProcessEngine.class);
    this.compteur = contexte.getBean(CompteurSql.class);
    this.nu = nu;
    this.cle = nu ? "BancTournee" : TourneeIndemnites.CLE;
    this.echeance = nu ? "Event_Echeance" : TourneeIndemnites.echeance();
  }

  void preparer(int nombre) throws Exception {
    this.nombre = nombre;
    if (nombre == 0) {
      return;
    }
    long t = System.nanoTime();
    if (nu) {
      LocalDate jour = LocalDate.now().plusDays(14);
      Date le = Date.from(jour.atTime(LocalTime.of(6, 0)).atZone(ZoneId.of("Europe/Paris")).toInstant());
      Date prochaine = Date.from(le.toInstant().plusSeconds(14 * 86_400L));
      ExecutorService fils = Executors.newFixedThreadPool(4);
      List<Future<?>> faits = new ArrayList<>();
      for (int i = 0; i < nombre; i++) {
        faits.add(fils.submit(() -> moteur.getRuntimeService()
            .startProcessInstanceByKey(cle, Map.of("echeance", le, "prochaineEcheance", prochaine))));
      }
      for (Future<?> f : faits) {
        f.get();
      }
      fils.shutdown();
    } else {
      TourneeIndemnites.preparer(contexte, nombre);
    }
    // The dossiers are made when each waits for its payment day.
    long limite = System.nanoTime() + 30L * 60 * 1_000_000_000L;
    while (attente() < nombre && System.nanoTime() < limite) {
      Thread.sleep(500);
    }
    System.out.printf("  tournée : %d dossiers en attente de leur échéance (%d s)%n", attente(), (System.nanoTime() - t) / 1_000_000_000);
  }

  private long attente() {
    return moteur.getManagementService().createJobQuery().processDefinitionKey(cle).activityId(echeance).timers().count();
  }

  /** Runs the payment run and returns its line of the table. */
  Resultat lancer(String base, String cible) throws InterruptedException {
    ManagementService gestion = moteur.getManagementService();
    List<Job> dus = gestion.createJobQuery().processDefinitionKey(cle).activityId(echeance).timers().orderByJobDuedate().desc().listPage(0, 1);
    if (dus.isEmpty()) {
      return null;
    }
    Map<String, Long> avant = nu ? Map.of() : TourneeIndemnites.releve(contexte);
    long jobsAvant = jobsReussis();
    CompteurSql.Releve sqlAvant = compteur.releve();
    Instant jour = dus.get(0).getDuedate().toInstant().plusSeconds(60);
    ClockUtil.setCurrentTime(Date.from(jour));
    var executeur = ((ProcessEngineConfigurationImpl) moteur.getProcessEngineConfiguration()).getJobExecutor();
    long t = System.nanoTime();
    executeur.jobWasAdded();
    attendreLaFin(gestion);
    double secondes = (System.nanoTime() - t) / 1e9;
    long jobs = jobsReussis() - jobsAvant;
    CompteurSql.Releve sql = compteur.releve().moins(sqlAvant);
    // The bank's refusals, retried 5 minutes later (3 times at most).
    for (int essai = 0; essai < 4 && gestion.createJobQuery().processDefinitionKey(cle).withException().withRetriesLeft().count() > 0; essai++) {
      jour = jour.plusSeconds(6 * 60);
      ClockUtil.setCurrentTime(Date.from(jour));
      executeur.jobWasAdded();
      attendreLaFin(gestion);
    }
    long incidents = gestion.createJobQuery().processDefinitionKey(cle).noRetriesLeft().count();
    ClockUtil.reset();
    long anomalies = incidents;
    String bilan = jobs + " jobs réussis en " + String.format(java.util.Locale.ROOT, "%.1f", secondes) + " s, " + incidents + " incidents";
    if (!nu) {
      Map<String, Long> apres = TourneeIndemnites.releve(contexte);
      long virements = apres.get("virements") - avant.get("virements");
      long versements = apres.get("versements") - avant.get("versements");
      long paiements = apres.get("paiements") - avant.get("paiements");
      long doublons = apres.get("doublons");
      anomalies += Math.abs(virements - nombre) + Math.abs(versements - nombre) + Math.abs(paiements - nombre) + doublons;
      bilan += " ; " + nombre + " dossiers dus : " + virements + " virements, " + versements + " versements, " + paiements
          + " lignes de Mes paiements, " + doublons + " doublons";
    }
    System.out.println("[" + base + ", " + cible + "] tournée : " + bilan + (anomalies == 0 ? " : chaque paiement fait une fois" : " : ANOMALIE"));
    return new Resultat(base, cible, "tournee.paiements", "Tournée : " + nombre + " paiements dus le même jour, par l'exécuteur de jobs (jobs/s)",
        "tournee.paiements", jobs / secondes, 0, Double.NaN, Double.NaN, Double.NaN,
        jobs == 0 ? 0 : (double) sql.instructionsDesJobs() / jobs, (int) jobs, (int) anomalies);
  }

  /** Until no job of the run is due (the ones refused by the bank wait 5 minutes). */
  private void attendreLaFin(ManagementService gestion) throws InterruptedException {
    long limite = System.nanoTime() + 30L * 60 * 1_000_000_000L;
    while (gestion.createJobQuery().processDefinitionKey(cle).executable().count() > 0 && System.nanoTime() < limite) {
      Thread.sleep(100);
    }
  }

  private long jobsReussis() {
    return moteur.getHistoryService().createHistoricJobLogQuery().processDefinitionKey(cle).successLog().count();
  }
}
