package fr.cpam.demarches.formation;

import fr.cpam.demarches.commun.IntrouvableException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the learners of a session have done, read from the engine's history of their tenants and
 * from their recorded decisions, in two statements whatever the number of learners and dossiers:
 * for each learner and each dossier, each agent task (created, claimed, completed, its due date)
 * with the decision made against the scenario's expected one and its reason. The same reading
 * serves the trainer's page, the CSV export and a learner's debrief.
 */
@Component
class Progression {

  /** The session as its progress page shows it. */
  record Entete(long id, String code, String titre, LocalDate debut, LocalDate fin, String debriefing, long retardMs) {
    /** The session's day when the server's time is {@code serveur} (HorlogeDeLaSalle). */
    public Instant jour(Instant serveur) {
      return serveur.minusMillis(retardMs);
    }

    public boolean apresChaqueTache() {
      return MODE_APRES_CHAQUE_TACHE.equals(debriefing);
    }
  }

  /**
   * One agent task of a dossier as the learner met it.
   *
   * @param prise when someone first took it (the engine's history of its assignee)
   * @param annulee ended without being completed (the dossier went elsewhere)
   * @param attendue the scenario's expected decision there, {@code null} for a task it does not expect
   * @param decide the values the learner gave to the expected fields, empty while open
   */
  record Tache(
      String id,
      String tache,
      String nom,
      Instant creee,
      Instant prise,
      Instant terminee,
      boolean annulee,
      Instant echeance,
      boolean enRetard,
      Scenario.DecisionAttendue attendue,
      Map<String, String> decide,
      Boolean conforme) {

    public boolean faite() {
      return terminee != null && !annulee;
    }

    /** From creation to completion (or to now while open). */
    public Duration duree(Instant maintenant) {
      return Duration.between(creee, terminee != null ? terminee : maintenant);
    }
  }

  /**
   * One scenario's dossier of a learner.
   *
   * @param evenementEnEchec why an event of the scenario could not happen in it (an incident of the
   *     dossier, {@link EvenementsEnSession}), {@code null} when none failed
   */
  record Dossier(String scenario, String titre, String reference, String debrief, int attendues, List<Tache> taches,
      String evenementEnEchec) {
    public long faites() {
      return taches.stream().filter(Tache::faite).count();
    }

    /** Every expected task of the scenario is done. */
    public boolean termine() {
      return taches.stream().filter(t -> t.faite() && t.attendue() != null).count() >= attendues;
    }
  }

  record Stagiaire(int numero, String identifiant, String locataire, List<Dossier> dossiers) {
    public long faites() {
      return dossiers.stream().mapToLong(Dossier::faites).sum();
    }

    public int attendues() {
      return dossiers.stream().mapToInt(Dossier::attendues).sum();
    }

    public long conformes() {
      return taches().filter(t -> Boolean.TRUE.equals(t.conforme())).count();
    }

    public long nonConformes() {
      return taches().filter(t -> t.faite() && !Boolean.TRUE.equals(t.conforme())).count();
    }

    public long enRetard() {
      return taches().filter(Tache::enRetard).count();
    }

    public boolean termine() {
      return dossiers.stream().allMatch(Dossier::termine);
    }

    private java.util.stream.Stream<Tache> taches() {
      return dossiers.stream().flatMap(d -> d.taches().stream());
    }
  }

  record Session(Entete entete, List<Stagiaire> stagiaires, Instant maintenant) {}

  static final String MODE_APRES_CHAQUE_TACHE = "apres-chaque-tache";
  static final String MODE_A_LA_FIN = "a-la-fin";

  private static final String ENTETE = "select s.id, s.code, s.titre, s.date_debut, s.date_fin, s.debriefing, s.retard_ms from formation_session s";

  /**
   * The learners and their dossiers, with every agent task of the engine's history of their
   * tenant: the task's activity instance joins the recorded decision; the first {@code assignee}
   * link of the history says when it was taken. A citizen's own tasks are left out.
   */
  private static final String TACHES = "select t.numero, d.reference, h.ID_, h.TASK_DEF_KEY_, h.NAME_, h.START_TIME_, h.END_TIME_,"
      + " h.DELETE_REASON_, h.DUE_DATE_, (select min(l.TIMESTAMP_) from ACT_HI_IDENTITYLINK l where l.TASK_ID_ = h.ID_"
      + " and l.TYPE_ = 'assignee' and l.OPERATION_TYPE_ = 'add'), f.valeurs, f.conforme, f.rang"
      + " from formation_stagiaire t join formation_dossier d on d.stagiaire_id = t.id"
      + " join ACT_HI_PROCINST p on p.TENANT_ID_ = t.locataire and p.BUSINESS_KEY_ = d.reference"
      + " join ACT_HI_TASKINST h on h.PROC_INST_ID_ = p.ID_"
      + " left join formation_decision f on f.activite = h.ACT_INST_ID_"
      + " where (h.ASSIGNEE_ is null or h.ASSIGNEE_ <> d.identifiant_assure) and ";

  private static final String DOSSIERS = "select t.numero, t.identifiant, t.locataire, d.scenario, d.reference,"
      + " (select min(e.message) from formation_evenement e where e.locataire = t.locataire and e.reference = d.reference"
      + " and e.etat = 'echec')"
      + " from formation_stagiaire t left join formation_dossier d on d.stagiaire_id = t.id where ";

  private final JdbcTemplate jdbc;
  private final DecisionsDesStagiaires decisions;
  private final Clock horloge;

  Progression(JdbcTemplate jdbc, DecisionsDesStagiaires decisions, Clock horloge) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.horloge = horloge;
  }

  Entete entete(String code) {
    return jdbc.query(ENTETE + " where s.code = ?", (rs, i) -> entete(rs), code).stream().findFirst()
        .orElseThrow(() -> new IntrouvableException("Session de formation inconnue : " + code));
  }

  /** Every learner of the session, in order, with their dossiers and tasks. */
  Session deLaSession(String code) {
    Entete entete = entete(code);
    return new Session(entete, lire("t.session_id = ?", entete.id()), horloge.instant());
  }

  /** One learner (by account), with the session they belong to; empty for anyone else. */
  java.util.Optional<Session> duStagiaire(String identifiant) {
    List<Entete> entete = jdbc.query(ENTETE + " join formation_stagiaire t on t.session_id = s.id where t.identifiant = ?",
        (rs, i) -> entete(rs), identifiant);
    if (entete.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Session(entete.get(0), lire("t.identifiant = ?", identifiant), horloge.instant()));
  }

  private List<Stagiaire> lire(String filtre, Object valeur) {
    Map<Integer, Stagiaire> stagiaires = new LinkedHashMap<>();
    Map<String, List<Tache>> parDossier = new HashMap<>();
    jdbc.query(DOSSIERS + filtre + " order by t.numero, d.id", rs -> {
      int numero = rs.getInt(1);
      String identifiant = rs.getString(2);
      String locataire = rs.getString(3);
      Stagiaire s = stagiaires.computeIfAbsent(numero, n -> new Stagiaire(n, identifiant, locataire, new ArrayList<>()));
      String reference = rs.getString(5);
      if (reference != null) {
        Scenario scenario = decisions.scenario(rs.getString(4));
        List<Tache> taches = new ArrayList<>();
        parDossier.put(numero + "/" + reference, taches);
        s.dossiers().add(new Dossier(rs.getString(4), scenario != null ? scenario.titre() : rs.getString(4), reference,
            scenario != null ? scenario.debrief() : null, scenario != null ? scenario.taches().size() : 0, taches, rs.getString(6)));
      }
    }, valeur);
    Instant maintenant = horloge.instant();
    Map<String, Scenario> scenarioDe = new HashMap<>();
    stagiaires.values().forEach(s -> s.dossiers().forEach(d -> scenarioDe.put(s.numero() + "/" + d.reference(), decisions.scenario(d.scenario()))));
    jdbc.query(TACHES + filtre + " order by t.numero, d.reference, h.START_TIME_, h.ID_", rs -> {
      String dossier = rs.getInt(1) + "/" + rs.getString(2);
      List<Tache> taches = parDossier.get(dossier);
      String cle = rs.getString(4);
      Instant terminee = instant(rs, 7);
      boolean annulee = terminee != null && !"completed".equals(rs.getString(8));
      Instant echeance = instant(rs, 9);
      Integer rang = rs.getObject(13) == null ? null : rs.getInt(13);
      if (rang == null) {
        // Open (or cancelled): the next expected one of that task in the dossier.
        rang = (int) taches.stream().filter(t -> t.tache().equals(cle) && t.faite()).count() + 1;
      }
      Boolean conforme = rs.getObject(12) == null ? null : rs.getBoolean(12);
      boolean enRetard = echeance != null && (terminee != null ? terminee.isAfter(echeance) : maintenant.isAfter(echeance));
      taches.add(new Tache(rs.getString(3), cle, rs.getString(5), instant(rs, 6), instant(rs, 10), terminee, annulee, echeance,
          enRetard, DecisionsDesStagiaires.attendue(scenarioDe.get(dossier), cle, rang), DecisionsDesStagiaires.lire(rs.getString(11)),
          conforme));
    }, valeur);
    return List.copyOf(stagiaires.values());
  }

  private static Entete entete(ResultSet rs) throws SQLException {
    return new Entete(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
        rs.getString(6), rs.getLong(7));
  }

  private static Instant instant(ResultSet rs, int colonne) throws SQLException {
    Timestamp t = rs.getTimestamp(colonne);
    return t == null ? null : t.toInstant();
  }

  /** The trainer's choice of when learners see their debrief. */
  void choisirDebriefing(String code, String mode) {
    if (!MODE_APRES_CHAQUE_TACHE.equals(mode) && !MODE_A_LA_FIN.equals(mode)) {
      throw new fr.cpam.demarches.commun.DemandeInvalideException("debriefing",
          "Choisissez quand les stagiaires voient leur débriefing : « après chaque tâche » ou « à la fin ».");
    }
    if (jdbc.update("update formation_session set debriefing = ? where code = ?", mode, code) == 0) {
      throw new IntrouvableException("Session de formation inconnue : " + code);
    }
  }
}
