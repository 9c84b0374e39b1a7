package fr.cpam.demarches.formation;

import fr.cpam.demarches.commun.CalendrierOuvre;
import fr.cpam.demarches.commun.ConflitException;
import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.engine.HorlogeReglable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The room's clock of a training server: the trainer moves the server's time forward ("+1 jour
 * ouvré", "+7 jours", "jusqu'à la prochaine échéance") and the server lives the days in between:
 * from one due date to the next, the clock stops there and the jobs then due run (timers,
 * reminders, escalations, payment runs, each daily timer once a day), as the job executor would
 * have run them on those days; then the clock stands at the day asked and keeps running.
 *
 * <p>One clock for the whole server, not one per session: the engine has one clock (its timers and
 * due dates, every rule's "today" read through the application's {@code Clock}); a per-session time
 * would need a second engine (docs/decisions/0072-une-horloge-de-salle-pour-tout-le-serveur.md).
 * Never backwards: every move goes forward from the server's present time, which is already past
 * every dossier's events. One move at a time: the second gets a French refusal and changes nothing.
 * The advance over real time is kept in {@code formation_horloge}: a restart keeps the room's day.
 * Only on a training server: without the profile this bean does not exist.
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
          + " échéance » : l'heure de la salle n'avance que de ces façons, et ne recule jamais.");
    }
  }

  /** A move done: from when to when, the jobs that ran, those that failed (left to their retries or incidents). */
  record Deplacee(Instant avant, Instant apres, int jobs, int echecs) {}

  private final JdbcTemplate jdbc;
  private final ManagementService managementService;
  private final HorlogeReglable reglage;
  private final Clock horloge;
  private final CalendrierOuvre calendrier;

  HorlogeDeLaSalle(JdbcTemplate jdbc, ManagementService managementService, HorlogeReglable reglage, Clock horloge,
      CalendrierOuvre calendrier) {
    this.jdbc = jdbc;
    this.managementService = managementService;
    this.reglage = reglage;
    this.horloge = horloge;
    this.calendrier = calendrier;
  }

  /**
   * At the start of a training server: the clock takes back the room's advance; a move cut short by
   * a stop no longer holds the clock.
   */
  void reprendre() {
    Long decalage = jdbc.queryForObject("select decalage_ms from formation_horloge where id = 1", Long.class);
    jdbc.update("update formation_horloge set en_mouvement = false where id = 1");
    if (decalage != null && decalage > 0) {
      reglage.regler(Duration.ofMillis(decalage));
      LOG.info("Horloge de la salle reprise : {} d'avance sur le temps réel, jour de la salle {}", Duration.ofMillis(decalage),
          LocalDate.now(horloge));
    }
  }

  /** The server's next due timer or job after now, if any (what "jusqu'à la prochaine échéance" reaches). */
  Optional<Instant> prochaineEcheance() {
    return prochaineApres(horloge.instant());
  }

  /**
   * Moves the server's time forward and runs what falls due on the way.
   *
   * @throws ConflitException another move is running (nothing changed)
   * @throws DemandeInvalideException no due date ahead for "jusqu'à la prochaine échéance"
   */
  Deplacee avancer(Deplacement deplacement, String formateur) {
    if (jdbc.update("update formation_horloge set en_mouvement = true where id = 1 and en_mouvement = false") == 0) {
      throw new ConflitException("deplacement", "L'heure de la salle est déjà en train d'avancer, à la demande d'un autre formateur ou d'un"
          + " autre onglet : rien n'a été changé. Attendez la fin de ce déplacement, puis rechargez la page.");
    }
    try {
      Instant avant = horloge.instant();
      Instant cible = cible(deplacement, avant);
      int[] faits = {0, 0};
      // Day after day as they would have passed: to each due date on the way, what is due then.
      executerCeQuiEstDu(faits);
      for (Optional<Instant> suivante = prochaineApres(horloge.instant());
          suivante.isPresent() && !suivante.get().isAfter(cible) && faits[0] + faits[1] < JOBS_MAX;
          suivante = prochaineApres(horloge.instant())) {
        regler(suivante.get());
        executerCeQuiEstDu(faits);
      }
      regler(cible);
      executerCeQuiEstDu(faits);
      jdbc.update("update formation_horloge set deplacee_le = ?, deplacee_par = ? where id = 1", Timestamp.from(cible), formateur);
      LOG.info("Horloge de la salle avancée par {} ({}) : {} -> {}, {} jobs exécutés, {} en échec", formateur, deplacement.libelle,
          avant, cible, faits[0], faits[1]);
      return new Deplacee(avant, cible, faits[0], faits[1]);
    } finally {
      jdbc.update("update formation_horloge set en_mouvement = false where id = 1");
    }
  }

  private Instant cible(Deplacement deplacement, Instant maintenant) {
    ZonedDateTime ici = maintenant.atZone(Fuseau.PARIS);
    return switch (deplacement) {
      case JOUR_OUVRE -> {
        LocalDate jour = calendrier.ajouterJoursOuvres(ici.toLocalDate(), 1);
        yield jour.atTime(ici.toLocalTime()).atZone(Fuseau.PARIS).toInstant();
      }
      case SEPT_JOURS -> ici.plusDays(7).toInstant();
      case ECHEANCE -> prochaineApres(maintenant)
          .orElseThrow(() -> new DemandeInvalideException("deplacement", "Aucune échéance à venir sur ce serveur : aucun"
              + " minuteur ni aucune relance n'attend. Avancez d'un jour ouvré ou de 7 jours."));
    };
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

  private Optional<Instant> prochaineApres(Instant maintenant) {
    List<Job> jobs = managementService.createJobQuery().duedateHigherThan(Date.from(maintenant)).active().withRetriesLeft()
        .orderByJobDuedate().asc().listPage(0, 1);
    return jobs.stream().findFirst().map(j -> j.getDuedate().toInstant());
  }

  /** Runs every job due now, until none is left (a job may make another due: its next step, the next cycle). */
  private void executerCeQuiEstDu(int[] faits) {
    while (faits[0] + faits[1] < JOBS_MAX) {
      List<Job> dus = managementService.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 100);
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
