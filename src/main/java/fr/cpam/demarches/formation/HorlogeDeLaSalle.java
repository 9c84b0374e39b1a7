package fr.cpam.demarches.formation;

import fr.cpam.demarches.commun.CalendrierOuvre;
import fr.cpam.demarches.commun.ConflitException;
import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.cartevitale.SimulationFabrique;
import fr.cpam.demarches.engine.HorlogeReglable;
import fr.cpam.demarches.engine.MoteurAuthentifie;
import fr.cpam.demarches.indemnites.DatesDesArrets;
import fr.cpam.demarches.messagerie.EcheancesDesConversations;
import fr.cpam.demarches.paiements.DatesDesPaiements;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clock of each training session: the trainer moves one session's time forward ("+1 jour
 * ouvré", "+7 jours", "jusqu'à la prochaine échéance") and that session's dossiers live the days
 * in between: from one due date to the next, the clock stops there and the jobs then due run
 * (timers, reminders, escalations, payment runs, each daily timer once a day), as the job executor
 * would have run them on those days; then the clock stands at the day asked and keeps running.
 * Every other session stays at its day, as if the move had not happened.
 *
 * <p>How, with one clock: the engine has one ({@code ClockUtil}, static in the JVM; its timers,
 * due dates and the job executor read it, and every rule's "today" through the application's
 * {@code Clock}), and a learner of any session works at any moment, so the engine's clock cannot
 * be a session's. It is the server's, and it only goes forward. A session's day is the server's
 * time minus the session's lag ({@code formation_session.retard_ms}). A move of session A by Δ
 * moves the server by Δ; before it, in one transaction with the claim of the clock, every other
 * session's waiting things are pushed by Δ and its lag grows by Δ: its tenants' job due dates,
 * its open tasks' due and follow-up dates, the date variables a timer reads, its messages' due
 * dates and the card factory's answers still to come; and its arrêts' dates (notices,
 * attestations, payments) by the calendar days the move crosses, since their rules count days up
 * to "today" and must not pay a day the session did not live. Nothing of theirs falls due during
 * the move, and each waiting date stays as far from the session's day as before
 * (docs/decisions/0091-une-horloge-par-session-de-formation.md, which replaces 0072). The engine's
 * dates are pushed through its public API (jobs, tasks, variables, queried by tenant), each
 * module's through a port of its API ({@code messagerie.EcheancesDesConversations},
 * {@code cartevitale.SimulationFabrique}, {@code indemnites.DatesDesArrets},
 * {@code paiements.DatesDesPaiements}): this class writes no table but the formation's own
 * (docs/decisions/0097-l-horloge-de-la-salle-par-les-api.md). What learners do is stamped with
 * the server's time.
 *
 * <p>Never backwards: a move goes forward from the server's present time, which is past every
 * dossier's events; a session's day only grows. One move at a time: the second gets a French
 * refusal and changes nothing. The server's advance over real time is kept in
 * {@code formation_horloge} (written with the pushes, before the clock moves): a restart keeps
 * every session's day. Only on a training server: without the profile this bean does not exist.
 */
class HorlogeDeLaSalle {

  private static final Logger LOG = LoggerFactory.getLogger(HorlogeDeLaSalle.class);
  /** Beyond this many jobs in one move, the rest is left to the job executor (a runaway model). */
  static final int JOBS_MAX = 20_000;

  /** What a trainer may ask. */
  enum Deplacement {
    JOUR_OUVRE("jour-ouvre", "+1 jour ouvré"),
    SEPT_JOURS("sept-jours", "+7 jours"),
    ECHEANCE("echeance", "Jusqu'à la prochaine échéance");

    final String code;
    final String libelle;

    Deplacement(String code, String libelle) {
      this.code = code;
      this.libelle = libelle;
    }

    public String getCode() {
      return code;
    }

    public String getLibelle() {
      return libelle;
    }

    static Deplacement de(String code) {
      for (Deplacement d : values()) {
        if (d.code.equals(code)) {
          return d;
        }
      }
      throw new DemandeInvalideException("deplacement", "Choisissez « +1 jour ouvré », « +7 jours » ou « Jusqu'à la prochaine"
          + " échéance » : l'heure d'une session n'avance que de ces façons, et ne recule jamais.");
    }
  }

  /** A move done: from when to when (the server's time), the jobs that ran, those that failed (left to their retries or incidents). */
  record Deplacee(Instant avant, Instant apres, int jobs, int echecs) {}

  /**
   * The process variables a {@code timeDate} of {@code processes/} reads: a timer made again
   * from one of them must fall as far from its session's day as the pushed job
   * ({@code HorlogeDeLaSalleTest} reads the models to keep this list whole).
   */
  static final List<String> VARIABLES_DES_MINUTEURS = List.of("dateEcheance", "dateLimiteComplement");

  private final JdbcTemplate jdbc;
  private final ManagementService managementService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final MoteurAuthentifie moteur;
  private final EcheancesDesConversations conversations;
  private final SimulationFabrique fabrique;
  private final DatesDesArrets arrets;
  private final DatesDesPaiements paiements;
  private final HorlogeReglable reglage;
  private final Clock horloge;
  private final CalendrierOuvre calendrier;
  private final TransactionTemplate transaction;

  HorlogeDeLaSalle(JdbcTemplate jdbc, ManagementService managementService, TaskService taskService, RuntimeService runtimeService,
      MoteurAuthentifie moteur, EcheancesDesConversations conversations, SimulationFabrique fabrique, DatesDesArrets arrets,
      DatesDesPaiements paiements, HorlogeReglable reglage, Clock horloge, CalendrierOuvre calendrier,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.managementService = managementService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.moteur = moteur;
    this.conversations = conversations;
    this.fabrique = fabrique;
    this.arrets = arrets;
    this.paiements = paiements;
    this.reglage = reglage;
    this.horloge = horloge;
    this.calendrier = calendrier;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * At the start of a training server: the clock takes back the server's advance; a move cut
   * short by a stop no longer holds the clock.
   */
  void reprendre() {
    Long decalage = jdbc.queryForObject("select decalage_ms from formation_horloge where id = 1", Long.class);
    jdbc.update("update formation_horloge set en_mouvement = false where id = 1");
    if (decalage != null && decalage > 0) {
      reglage.regler(Duration.ofMillis(decalage));
      LOG.info("Horloge des sessions reprise : {} d'avance sur le temps réel, heure du serveur {}", Duration.ofMillis(decalage),
          horloge.instant());
    }
  }

  /** The session's day: the server's time minus the session's lag. */
  Instant jourDe(String code) {
    return horloge.instant().minusMillis(retard(code));
  }

  /** The session's next due timer or job after its day, if any (what "jusqu'à la prochaine échéance" reaches), on its day. */
  Optional<Instant> prochaineEcheance(String code) {
    return prochaineEcheance(locataires(code), retard(code));
  }

  /** The same for a session whose tenants and lag are already read (one statement). */
  Optional<Instant> prochaineEcheance(List<String> locataires, long retard) {
    return prochaineApres(horloge.instant(), locataires).map(e -> e.minusMillis(retard));
  }

  private long retard(String code) {
    Long retard = jdbc.query("select retard_ms from formation_session where code = ?", rs -> rs.next() ? rs.getLong(1) : null, code);
    if (retard == null) {
      throw new IntrouvableException("Aucune session de formation n'a le code « " + code + " » : elle a peut-être été fermée.");
    }
    return retard;
  }

  private List<String> locataires(String code) {
    return jdbc.queryForList("select t.locataire from formation_stagiaire t join formation_session s on s.id = t.session_id"
        + " where s.code = ?", String.class, code);
  }

  /**
   * Moves one session's time forward and runs what falls due on the way for it (its learners'
   * dossiers, and the server's own jobs such as the daily payment run); every other session is
   * pushed by the same time first, so that it stays at its day.
   *
   * @throws ConflitException another move is running, or another session's dossier changed while
   *     it was pushed (nothing changed)
   * @throws DemandeInvalideException no due date ahead for "jusqu'à la prochaine échéance"
   */
  Deplacee avancer(String code, Deplacement deplacement, String formateur) {
    List<String> locataires = locataires(code);
    long retard = retard(code);
    Instant[] bornes;
    try {
      bornes = transaction.execute(s -> {
        if (jdbc.update("update formation_horloge set en_mouvement = true where id = 1 and en_mouvement = false") == 0) {
          throw new ConflitException("deplacement", "L'heure des sessions est déjà en train d'avancer, à la demande d'un autre formateur"
              + " ou d'un autre onglet : rien n'a été changé. Attendez la fin de ce déplacement, puis rechargez la page.");
        }
        Instant avant = horloge.instant();
        Instant cible = cible(deplacement, avant, retard, locataires);
        figerLesAutresSessions(code, Duration.between(avant, cible), avant, cible);
        jdbc.update("update formation_horloge set decalage_ms = ? where id = 1", cible.toEpochMilli() - System.currentTimeMillis());
        return new Instant[] {avant, cible};
      });
    } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
      // A job, task or variable of another session changed meanwhile (its job run by the job
      // executor): the pushes are rolled back with the claim (docs/decisions/0097).
      throw new ConflitException("deplacement", "Un dossier d'une autre session changeait au même moment : rien n'a été changé."
          + " Avancez l'heure de nouveau.");
    }
    try {
      Instant avant = bornes[0];
      Instant cible = bornes[1];
      int[] faits = {0, 0};
      // Day after day as they would have passed: to each due date on the way, what is due then.
      executerCeQuiEstDu(faits, locataires);
      for (Optional<Instant> suivante = prochaineApres(horloge.instant(), locataires);
          suivante.isPresent() && !suivante.get().isAfter(cible) && faits[0] + faits[1] < JOBS_MAX;
          suivante = prochaineApres(horloge.instant(), locataires)) {
        regler(suivante.get());
        executerCeQuiEstDu(faits, locataires);
      }
      regler(cible);
      executerCeQuiEstDu(faits, locataires);
      jdbc.update("update formation_horloge set deplacee_le = ?, deplacee_par = ? where id = 1", Timestamp.from(cible), formateur);
      LOG.info("Horloge de la session {} avancée par {} ({}) : {} -> {} (heure du serveur), {} jobs exécutés, {} en échec", code,
          formateur, deplacement.libelle, avant, cible, faits[0], faits[1]);
      return new Deplacee(avant, cible, faits[0], faits[1]);
    } finally {
      jdbc.update("update formation_horloge set en_mouvement = false where id = 1");
    }
  }

  /** Where the server's time goes: the move asked, counted from the session's day. */
  private Instant cible(Deplacement deplacement, Instant maintenant, long retard, List<String> locataires) {
    ZonedDateTime jour = maintenant.minusMillis(retard).atZone(Fuseau.PARIS);
    return switch (deplacement) {
      case JOUR_OUVRE -> {
        LocalDate suivant = calendrier.ajouterJoursOuvres(jour.toLocalDate(), 1);
        yield maintenant.plus(Duration.between(jour, suivant.atTime(jour.toLocalTime()).atZone(Fuseau.PARIS)));
      }
      case SEPT_JOURS -> maintenant.plus(Duration.between(jour, jour.plusDays(7)));
      case ECHEANCE -> prochaineApres(maintenant, locataires)
          .orElseThrow(() -> new DemandeInvalideException("deplacement", "Aucune échéance à venir pour cette session : aucun"
              + " minuteur ni aucune relance n'attend. Avancez d'un jour ouvré ou de 7 jours."));
    };
  }

  /**
   * Every session but {@code code} stays at its day while the server moves by {@code delta}: what
   * waits in its dossiers is pushed by as much, and its lag grows by as much. Dates without a time
   * (an arrêt's next payment, an expected payment) move by the calendar days the move crosses.
   * In the caller's transaction, with the claim of the clock and the server's new advance. The
   * engine's dates through its public API, each module's through its port: no table here but the
   * formation's own (docs/decisions/0097-l-horloge-de-la-salle-par-les-api.md; 0080, 0094).
   */
  private void figerLesAutresSessions(String code, Duration delta, Instant avant, Instant cible) {
    List<String> locataires = jdbc.queryForList("select t.locataire from formation_stagiaire t join formation_session s"
        + " on s.id = t.session_id where s.code <> ?", String.class, code);
    List<String> references = jdbc.queryForList("select d.reference from formation_dossier d join formation_stagiaire t"
        + " on t.id = d.stagiaire_id join formation_session s on s.id = t.session_id where s.code <> ?", String.class, code);
    jdbc.update("update formation_session set retard_ms = retard_ms + ? where code <> ?", delta.toMillis(), code);
    long jours = ChronoUnit.DAYS.between(avant.atZone(Fuseau.PARIS).toLocalDate(), cible.atZone(Fuseau.PARIS).toLocalDate());
    // As the system: no authorization nor tenant check, nothing in the user operation log (the
    // trainer's thread may carry an identity; these dossiers are the learners').
    moteur.executerCommeSysteme(() -> {
      for (int i = 0; i < locataires.size(); i += LOT) {
        repousserDansLeMoteur(locataires.subList(i, Math.min(locataires.size(), i + LOT)).toArray(String[]::new), delta);
      }
      return null;
    });
    for (int i = 0; i < references.size(); i += LOT) {
      List<String> lot = references.subList(i, Math.min(references.size(), i + LOT));
      conversations.repousser(lot, delta);
      fabrique.repousserLesReponses(lot, delta);
      if (jours > 0) {
        // An arrêt's rules count its days against "today": its dates, and its payments', move with
        // the session's day, so that no day it did not live is paid.
        arrets.decaler(lot, jours);
        paiements.decaler(lot, jours);
      }
    }
  }

  private static final int LOT = 500;

  /**
   * What waits in the engine for these tenants (the learners of the other sessions, record 0071),
   * pushed by {@code delta} through the engine's public API: the jobs' due dates (a repeating
   * timer's next ones with it: {@code cascade}), the open tasks' due and follow-up dates
   * ({@code saveTask} writes their history too), and the date variables a timer reads
   * ({@link #VARIABLES_DES_MINUTEURS}).
   */
  private void repousserDansLeMoteur(String[] locataires, Duration delta) {
    for (Job job : managementService.createJobQuery().tenantIdIn(locataires).list()) {
      if (job.getDuedate() != null) {
        managementService.setJobDuedate(job.getId(), plus(job.getDuedate(), delta), true);
      }
    }
    for (Task tache : taskService.createTaskQuery().tenantIdIn(locataires).list()) {
      if (tache.getDueDate() != null || tache.getFollowUpDate() != null) {
        tache.setDueDate(plus(tache.getDueDate(), delta));
        tache.setFollowUpDate(plus(tache.getFollowUpDate(), delta));
        taskService.saveTask(tache);
      }
    }
    for (VariableInstance variable : runtimeService.createVariableInstanceQuery().tenantIdIn(locataires)
        .variableNameIn(VARIABLES_DES_MINUTEURS.toArray(String[]::new)).list()) {
      if (variable.getValue() instanceof Date date) {
        if (variable.getTaskId() != null) {
          taskService.setVariableLocal(variable.getTaskId(), variable.getName(), plus(date, delta));
        } else {
          runtimeService.setVariableLocal(variable.getExecutionId(), variable.getName(), plus(date, delta));
        }
      }
    }
  }

  private static Date plus(Date date, Duration delta) {
    return date == null ? null : Date.from(date.toInstant().plus(delta));
  }

  /** The server's time stands at that instant (if ahead) and runs on from there; the advance is kept. */
  private void regler(Instant instant) {
    long avance = instant.toEpochMilli() - System.currentTimeMillis();
    if (!instant.isAfter(horloge.instant())) {
      return;
    }
    reglage.regler(Duration.ofMillis(avance));
    jdbc.update("update formation_horloge set decalage_ms = ? where id = 1", avance);
  }

  /** The next due job after that instant of the session's learners or of the server itself (no tenant). */
  private Optional<Instant> prochaineApres(Instant maintenant, List<String> locataires) {
    List<Job> jobs = dela(managementService.createJobQuery(), locataires).duedateHigherThan(Date.from(maintenant)).active()
        .withRetriesLeft().orderByJobDuedate().asc().listPage(0, 1);
    return jobs.stream().findFirst().map(j -> j.getDuedate().toInstant());
  }

  /** The session's learners' jobs and the server's own, never another session's. */
  private static JobQuery dela(JobQuery requete, List<String> locataires) {
    return locataires.isEmpty() ? requete.withoutTenantId()
        : requete.tenantIdIn(locataires.toArray(String[]::new)).includeJobsWithoutTenantId();
  }

  /** Runs every job due now, until none is left (a job may make another due: its next step, the next cycle). */
  private void executerCeQuiEstDu(int[] faits, List<String> locataires) {
    while (faits[0] + faits[1] < JOBS_MAX) {
      List<Job> dus = dela(managementService.createJobQuery(), locataires).executable().orderByJobDuedate().asc().listPage(0, 100);
      int avant = faits[0] + faits[1];
      for (Job job : dus) {
        try {
          managementService.executeJob(job.getId());
          faits[0]++;
        } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
          // The server's job executor ran it meanwhile: done, not a failure.
          LOG.debug("Horloge de la salle : le job {} a été exécuté par l'exécuteur de jobs", job.getId());
        } catch (RuntimeException e) {
          // As the job executor: the job keeps its retries (or its incident); the move goes on.
          faits[1]++;
          LOG.warn("Horloge de la salle : le job {} ({}) a échoué : {}", job.getId(), job.getProcessDefinitionKey(), e.getMessage());
        }
      }
      if (dus.isEmpty() || faits[0] + faits[1] == avant) {
        return;
      }
    }
  }
}
