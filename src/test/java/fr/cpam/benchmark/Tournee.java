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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationContext;

/**
 * A payment run: many payments due the same day, made by the target's own job executor, in
 * payments per second on both targets.
 *
 * <p>Prepared with the volume. On the application, {@code IndemnitesJournalieres} dossiers made
 * as in production ({@link TourneeIndemnites}), each past its first payment (made by its own
 * process while preparing), so that the payment of the run day is an ordinary one: the daily
 * run {@code TourneePaiementsIj} pays it by lots, without the dossier's process. On the bare
 * engine, as many instances of {@code BancTournee} (a timer, then an asynchronous step: two jobs
 * per payment, the engine-per-payment model the application had before).
 *
 * <p>Run on the orchestrator's command: the engine clock moves to the due day (on the
 * application, 06:01 of the run day, when the run's timer start job falls due), the job executor
 * is woken, and the run lasts until no job of it is due (on the application, jobs of the run and
 * of the dossiers' process: a payment handed back to its dossier makes jobs there). A payment the
 * bank refused is retried 5 minutes later ({@code R3/PT5M}; on the application the whole lot is
 * retried, and pays what is still due): the clock then moves on by 6 minutes, until nothing is
 * left. The rate counts the payments made in the measured time, before those replays. Afterwards,
 * on the application, the transfers, the payments and "Mes paiements" are counted: each dossier
 * must have been paid exactly once.
 */
final class Tournee {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final String BANC = "BancTournee";

  private final ApplicationContext contexte;
  private final ProcessEngine moteur;
  private final CompteurSql compteur;
  private final boolean nu;
  /** The process definitions whose jobs make the run. */
  private final List<String> cles;
  private int nombre;

  Tournee(ApplicationContext contexte, boolean nu) {
    this.contexte = contexte;
    this.moteur = contexte.getBean(ProcessEngine.class);
    this.compteur = contexte.getBean(CompteurSql.class);
    this.nu = nu;
    this.cles = nu ? List.of(BANC) : List.of(TourneeIndemnites.CLE_TOURNEE, TourneeIndemnites.CLE);
  }

  void preparer(int nombre) throws Exception {
    this.nombre = nombre;
    if (nombre == 0) {
      return;
    }
    long t = System.nanoTime();
    if (nu) {
      LocalDate jour = LocalDate.now().plusDays(14);
      Date le = Date.from(jour.atTime(LocalTime.of(6, 0)).atZone(PARIS).toInstant());
      Date prochaine = Date.from(le.toInstant().plusSeconds(14 * 86_400L));
      ExecutorService fils = Executors.newFixedThreadPool(4);
      List<Future<?>> faits = new ArrayList<>();
      for (int i = 0; i < nombre; i++) {
        faits.add(fils.submit(() -> moteur.getRuntimeService()
            .startProcessInstanceByKey(BANC, Map.of("echeance", le, "prochaineEcheance", prochaine))));
      }
      for (Future<?> f : faits) {
        f.get();
      }
      fils.shutdown();
    } else {
      TourneeIndemnites.preparer(contexte, nombre);
    }
    // The dossiers are made when each waits for its payment day; on the application, once its
    // first payment is made by the job executor.
    long limite = System.nanoTime() + 30L * 60 * 1_000_000_000L;
    while (attente() < nombre && !bloquee() && System.nanoTime() < limite) {
      if (!nu) {
        relancerLesRefus();
      }
      Thread.sleep(500);
    }
    long prets = attente();
    System.out.printf("  tournée : %d dossiers en attente de leur échéance%s (%d s)%n", prets,
        nu ? "" : ", premier versement fait, dus le " + TourneeIndemnites.jourDeTournee(contexte)
            + (TourneeIndemnites.joursDEcheance(contexte) > 1 ? " (ATTENTION : échéances à des jours différents)" : ""),
        (System.nanoTime() - t) / 1_000_000_000);
    if (prets < nombre) {
      System.out.printf("  tournée : ATTENTION, %d dossiers sur %d seulement sont prêts : la tournée porte sur eux%n", prets, nombre);
      this.nombre = (int) prets;
    }
  }

  /** The dossiers ready for the run: waiting for their payment day. */
  private long attente() {
    return nu
        ? moteur.getManagementService().createJobQuery().processDefinitionKey(BANC).activityId("Event_Echeance").timers().count()
        : TourneeIndemnites.enAttente(contexte);
  }

  /** While preparing the application: no job of the dossiers is left to run, so none will be ready any more. */
  private boolean bloquee() {
    return !nu && moteur.getManagementService().createJobQuery().processDefinitionKey(TourneeIndemnites.CLE).withRetriesLeft().count() == 0;
  }

  /**
   * While preparing the application: a first payment the bank refused is retried now rather
   * than 5 minutes later, as the engine would do then (same job, one retry less).
   */
  private void relancerLesRefus() {
    ManagementService gestion = moteur.getManagementService();
    Date maintenant = ClockUtil.getCurrentTime();
    boolean relance = false;
    for (Job job : gestion.createJobQuery().processDefinitionKey(TourneeIndemnites.CLE).withException().withRetriesLeft().list()) {
      if (job.getDuedate() != null && job.getDuedate().after(maintenant)) {
        try {
          gestion.setJobDuedate(job.getId(), maintenant);
          relance = true;
        } catch (OptimisticLockingException e) {
          // Taken meanwhile: nothing to do.
        }
      }
    }
    if (relance) {
      executeur().jobWasAdded();
    }
  }

  /** Runs the payment run and returns its line of the table. */
  Resultat lancer(String base, String cible) throws InterruptedException {
    if (nombre == 0) {
      return null;
    }
    ManagementService gestion = moteur.getManagementService();
    Instant jour;
    if (nu) {
      List<Job> dus = gestion.createJobQuery().processDefinitionKey(BANC).activityId("Event_Echeance").timers().orderByJobDuedate().desc().listPage(0, 1);
      if (dus.isEmpty()) {
        return null;
      }
      jour = dus.get(0).getDuedate().toInstant().plusSeconds(60);
    } else {
      LocalDate jourDeTournee = TourneeIndemnites.jourDeTournee(contexte);
      if (jourDeTournee == null) {
        return null;
      }
      if (gestion.createJobQuery().processDefinitionKey(TourneeIndemnites.CLE_TOURNEE).timers().count() == 0) {
        System.out.println("[" + base + ", " + cible + "] tournée : ANOMALIE, pas de minuterie de démarrage de " + TourneeIndemnites.CLE_TOURNEE);
        return null;
      }
      // The run's timer start job falls due at 06:00 of the run day.
      jour = jourDeTournee.atTime(6, 1).atZone(PARIS).toInstant();
      // Each lot tells how many dossiers it paid and how many it handed back to their process.
      contexte.getBean(LoggingSystem.class).setLogLevel(TourneeIndemnites.JOURNAL_TOURNEE, LogLevel.INFO);
    }
    // Only the benchmark's dossiers may be due that day: another one would be paid or handed back
    // to its process by the run, its work counted as the run's.
    long autres = nu ? 0 : TourneeIndemnites.autresDus(contexte, LocalDate.ofInstant(jour, PARIS));
    if (autres > 0) {
      System.out.println("[" + base + ", " + cible + "] tournée : ANOMALIE, " + autres
          + " autres dossiers dus le même jour : leur travail compte dans la mesure (la tournée doit passer avant les charges qui en créent)");
    }
    Map<String, Long> avant = nu ? Map.of() : TourneeIndemnites.releve(contexte);
    // A first payment the bank refused three times while preparing is an incident already: not the run's.
    long incidentsAvant = compter(JobQuery::noRetriesLeft);
    long jobsAvant = jobsReussis(cles);
    long jobsDossiersAvant = nu ? 0 : jobsReussis(List.of(TourneeIndemnites.CLE));
    long payesAvant = payes();
    CompteurSql.Releve sqlAvant = compteur.releve();
    ClockUtil.setCurrentTime(Date.from(jour));
    long t = System.nanoTime();
    executeur().jobWasAdded();
    attendreLaFin();
    double secondes = (System.nanoTime() - t) / 1e9;
    long jobs = jobsReussis(cles) - jobsAvant;
    long paiements = payes() - payesAvant;
    CompteurSql.Releve sql = compteur.releve().moins(sqlAvant);
    // The bank's refusals, retried 5 minutes later (3 times at most).
    for (int essai = 0; essai < 4 && compter(q -> q.withException().withRetriesLeft()) > 0; essai++) {
      jour = jour.plusSeconds(6 * 60);
      ClockUtil.setCurrentTime(Date.from(jour));
      executeur().jobWasAdded();
      attendreLaFin();
    }
    long incidents = compter(JobQuery::noRetriesLeft) - incidentsAvant;
    ClockUtil.reset();
    long anomalies = incidents + autres;
    String bilan = jobs + " jobs réussis en " + String.format(Locale.ROOT, "%.1f", secondes) + " s ("
        + String.format(Locale.ROOT, "%.1f", jobs / secondes) + " jobs/s), " + paiements + " paiements dans ce temps ("
        + String.format(Locale.ROOT, "%.1f", paiements / secondes) + " paiements/s), " + incidents + " incidents";
    if (!nu) {
      contexte.getBean(LoggingSystem.class).setLogLevel(TourneeIndemnites.JOURNAL_TOURNEE, null);
      Map<String, Long> apres = TourneeIndemnites.releve(contexte);
      long virements = apres.get("virements") - avant.get("virements");
      long versements = apres.get("versements") - avant.get("versements");
      long lignes = apres.get("paiements") - avant.get("paiements");
      long doublons = apres.get("doublons");
      long jobsDossiers = jobsReussis(List.of(TourneeIndemnites.CLE)) - jobsDossiersAvant;
      anomalies += Math.abs(virements - nombre) + Math.abs(versements - nombre) + Math.abs(lignes - nombre) + doublons;
      bilan += ", " + jobsDossiers + " jobs de dossiers (échéances rendues à leur processus) ; " + nombre + " dossiers dus : "
          + virements + " virements, " + versements + " versements, " + lignes + " lignes de Mes paiements, " + doublons + " doublons";
    }
    System.out.println("[" + base + ", " + cible + "] tournée : " + bilan + (anomalies == 0 ? " : chaque paiement fait une fois" : " : ANOMALIE"));
    return new Resultat(base, cible, "tournee.paiements", "Tournée : " + nombre + " paiements dus le même jour, par l'exécuteur de jobs (paiements/s)",
        "tournee.paiements", paiements / secondes, 0, Double.NaN, Double.NaN, Double.NaN,
        paiements == 0 ? 0 : (double) sql.instructionsDesJobs() / paiements, (int) paiements, (int) anomalies);
  }

  /**
   * The payments made so far: on the bare engine, the instances past their asynchronous step
   * (waiting for the next due date); on the application, the payments of the benchmark's
   * dossiers.
   */
  private long payes() {
    return nu
        ? moteur.getRuntimeService().createExecutionQuery().processDefinitionKey(BANC).activityId("Event_ProchaineEcheance").count()
        : TourneeIndemnites.versements(contexte);
  }

  /** Until no job of the run is due (the ones refused by the bank wait 5 minutes). */
  private void attendreLaFin() throws InterruptedException {
    long limite = System.nanoTime() + 30L * 60 * 1_000_000_000L;
    while (compter(JobQuery::executable) > 0 && System.nanoTime() < limite) {
      Thread.sleep(100);
    }
  }

  /** The jobs of the run's process definitions that match {@code filtre}. */
  private long compter(UnaryOperator<JobQuery> filtre) {
    long n = 0;
    for (String cle : cles) {
      n += filtre.apply(moteur.getManagementService().createJobQuery().processDefinitionKey(cle)).count();
    }
    return n;
  }

  private long jobsReussis(List<String> definitions) {
    long n = 0;
    for (String cle : definitions) {
      n += moteur.getHistoryService().createHistoricJobLogQuery().processDefinitionKey(cle).successLog().count();
    }
    return n;
  }

  private org.camunda.bpm.engine.impl.jobexecutor.JobExecutor executeur() {
    return ((ProcessEngineConfigurationImpl) moteur.getProcessEngineConfiguration()).getJobExecutor();
  }
}
