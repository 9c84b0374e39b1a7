package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.NavigateurSansScript;
import fr.cpam.demarches.TestIntegrationFormation;
import fr.cpam.demarches.commun.ConflitException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each session's clock on a training server: the trainer's "+7 jours" on a session lives the days
 * in between for it (a message left unanswered escalates to the supervisors in the learner's own
 * dossier, the daily payment run runs) and leaves every other session at its day; the advance is
 * kept for a restart; a second move while one runs is refused in French and changes nothing, and so
 * is a move during which another session's dossier changed.
 * (Without the profile: {@code BaseDeFormationIntTest}.)
 */
@TestIntegrationFormation
class HorlogeDeLaSalleIntTest {

  @Autowired Http http;
  @Autowired SessionsDeFormation sessions;
  @Autowired HorlogeDeLaSalle salle;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;
  @Autowired fr.cpam.demarches.JobsDus jobs;
  @Autowired Affichage affichage;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  Stagiaires stagiaires;

  @org.junit.jupiter.api.BeforeEach
  void stagiaires() {
    stagiaires = new Stagiaires(sessions, taskService, identityService, jdbc, jobs);
  }

  NavigateurSansScript formateur() {
    var navigateur = new NavigateurSansScript(http.url(""), "10.22.2." + (int) (Math.random() * 250));
    navigateur.get("/espace/connexion");
    navigateur.poster("/espace/connexion", Map.of("identifiant", "formateur", "code", "demo"));
    return navigateur;
  }

  @Test
  void sept_jours_plus_tard_le_message_sans_reponse_escalade_chez_les_superviseurs_et_la_tournee_de_paiement_a_tourne() {
    var s = sessions.creer(new SessionsDeFormation.NouvelleSession("Retards", HorlogeDeTest.aujourdhui(),
        HorlogeDeTest.aujourdhui().plusDays(7), 1, List.of("06-message-en-retard.yml")), "formateur");
    try {
      String locataire = sessions.locataires(s.code()).get(0);
      assertThat(taskService.createTaskQuery().tenantIdIn(locataire).taskDefinitionKey("Task_MessageEnRetard").count()).isZero();
      tourneeDemainMatin();
      long tournees = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("TourneePaiementsIj").count();
      LocalDate avant = HorlogeDeTest.aujourdhui();
      var formateur = formateur();
      formateur.get("/formation/sessions/" + s.code() + "/progression");

      var reponse = formateur.poster("/formation/sessions/" + s.code() + "/horloge", Map.of("deplacement", "sept-jours"));

      assertThat(reponse.statusCode()).isEqualTo(302);
      assertThat(HorlogeDeTest.aujourdhui()).isEqualTo(avant.plusDays(7));
      var retard = taskService.createTaskQuery().tenantIdIn(locataire).taskDefinitionKey("Task_MessageEnRetard").singleResult();
      assertThat(retard).as("l'escalade du message en retard, dans le dossier du stagiaire").isNotNull();
      assertThat(taskService.getIdentityLinksForTask(retard.getId())).anyMatch(l -> "superviseurs".equals(l.getGroupId()));
      assertThat(taskService.createTaskQuery().tenantIdIn(locataire).taskDefinitionKey("Task_TraiterMessage").count())
          .as("la tâche du service reste").isOne();
      assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("TourneePaiementsIj").count())
          .as("une tournée par matin passé").isGreaterThanOrEqualTo(tournees + 5);
      assertThat(jdbc.queryForObject("select decalage_ms from formation_horloge where id = 1", Long.class))
          .as("l'avance gardée pour un redémarrage").isGreaterThan(Duration.ofDays(6).toMillis());
      var page = formateur.get("/formation/sessions/" + s.code() + "/progression");
      assertThat(page.body()).contains("Jour de la session : ", "+7 jours : la session est au ", "travaux du moteur exécutés",
          "Les autres sessions restent à leur jour.");
    } finally {
      sessions.fermer(s.code());
    }
  }

  @Test
  void un_second_deplacement_pendant_le_premier_est_refuse_en_francais_sans_rien_changer() {
    var s = sessions.creer(new SessionsDeFormation.NouvelleSession("Deux onglets", HorlogeDeTest.aujourdhui(),
        HorlogeDeTest.aujourdhui().plusDays(7), 1, List.of("02-message-mal-oriente.yml")), "formateur");
    var autre = sessions.creer(new SessionsDeFormation.NouvelleSession("À côté", HorlogeDeTest.aujourdhui(),
        HorlogeDeTest.aujourdhui().plusDays(7), 1, List.of("06-message-en-retard.yml")), "formateur");
    jdbc.update("update formation_horloge set en_mouvement = true where id = 1");
    try {
      Long decalage = jdbc.queryForObject("select decalage_ms from formation_horloge where id = 1", Long.class);
      Map<String, Object> retards = etat("select code, retard_ms from formation_session order by code");
      Map<String, Object> echeances = etat("select ID_, DUEDATE_ from ACT_RU_JOB where TENANT_ID_ is not null order by ID_");
      LocalDate avant = HorlogeDeTest.aujourdhui();
      assertThatThrownBy(() -> salle.avancer(s.code(), HorlogeDeLaSalle.Deplacement.JOUR_OUVRE, "formateur"))
          .isInstanceOf(ConflitException.class).hasMessageContaining("déjà en train d'avancer");

      var formateur = formateur();
      String progression = "/formation/sessions/" + s.code() + "/progression";
      formateur.get(progression);
      var refus = formateur.poster("/formation/sessions/" + s.code() + "/horloge", Map.of("deplacement", "jour-ouvre"));
      assertThat(refus.statusCode()).isEqualTo(302);
      assertThat(formateur.get(progression).body()).contains("Rien n'a été changé", "est déjà en train d&#39;avancer");
      assertThat(HorlogeDeTest.aujourdhui()).isEqualTo(avant);
      assertThat(jdbc.queryForObject("select decalage_ms from formation_horloge where id = 1", Long.class)).isEqualTo(decalage);
      assertThat(etat("select code, retard_ms from formation_session order by code")).as("aucune session retardée").isEqualTo(retards);
      assertThat(etat("select ID_, DUEDATE_ from ACT_RU_JOB where TENANT_ID_ is not null order by ID_")).as("aucune échéance repoussée")
          .isEqualTo(echeances);
    } finally {
      jdbc.update("update formation_horloge set en_mouvement = false where id = 1");
      sessions.fermer(s.code());
      sessions.fermer(autre.code());
    }
  }

  /**
   * The job executor runs a job of another session while the move pushes it: the engine refuses
   * the push ({@code OptimisticLockingException}, made here by {@link ConflitDansLeMoteur} after a
   * due date was already written). Everything is rolled back with the claim of the clock: the
   * trainer reads why in French, no session's lag nor the server's advance moved, the other
   * session is exactly as before; the clock is free again and the next move goes through.
   */
  @Test
  void un_dossier_d_une_autre_session_qui_change_pendant_le_deplacement_le_fait_refuser_sans_rien_changer() {
    var a = sessions.creer(new SessionsDeFormation.NouvelleSession("Conflit A", HorlogeDeTest.aujourdhui(),
        HorlogeDeTest.aujourdhui().plusDays(7), 1, List.of("02-message-mal-oriente.yml")), "formateur");
    var b = sessions.creer(new SessionsDeFormation.NouvelleSession("Conflit B", HorlogeDeTest.aujourdhui(),
        HorlogeDeTest.aujourdhui().plusDays(7), 1, List.of("06-message-en-retard.yml", "10-prolongation.yml")), "formateur");
    try {
      String locataireB = sessions.locataires(b.code()).get(0);
      assertThat(managementService.createJobQuery().tenantIdIn(locataireB).list()).as("une échéance de B à repousser")
          .anyMatch(j -> j.getDuedate() != null);
      Long decalage = jdbc.queryForObject("select decalage_ms from formation_horloge where id = 1", Long.class);
      Map<String, Object> retards = etat("select code, retard_ms from formation_session order by code");
      Map<String, Object> echeances = etat("select ID_, DUEDATE_ from ACT_RU_JOB where TENANT_ID_ is not null order by ID_");
      Map<String, Object> avantB = instantane(b.code());
      LocalDate avant = HorlogeDeTest.aujourdhui();
      var formateur = formateur();
      String progression = "/formation/sessions/" + a.code() + "/progression";
      formateur.get(progression);

      ConflitDansLeMoteur.armer();
      var refus = formateur.poster("/formation/sessions/" + a.code() + "/horloge", Map.of("deplacement", "jour-ouvre"));

      assertThat(ConflitDansLeMoteur.declenche()).as("une échéance repoussée, puis le conflit").isTrue();
      assertThat(refus.statusCode()).as("un refus sur la page, pas une erreur 500").isEqualTo(302);
      assertThat(formateur.get(progression).body()).contains("Rien n'a été changé",
          "Un dossier d&#39;une autre session changeait au même moment : rien n&#39;a été changé. Avancez l&#39;heure de nouveau.");
      assertThat(HorlogeDeTest.aujourdhui()).isEqualTo(avant);
      assertThat(jdbc.queryForObject("select decalage_ms from formation_horloge where id = 1", Long.class))
          .as("l'avance du serveur").isEqualTo(decalage);
      assertThat(etat("select code, retard_ms from formation_session order by code")).as("aucune session retardée").isEqualTo(retards);
      assertThat(etat("select ID_, DUEDATE_ from ACT_RU_JOB where TENANT_ID_ is not null order by ID_"))
          .as("aucune échéance repoussée, pas même celle écrite avant le conflit").isEqualTo(echeances);
      assertThat(instantane(b.code())).as("B comme avant : jobs, tâches, variables, messages, arrêts").isEqualTo(avantB);
      assertThat(jdbc.queryForObject("select en_mouvement from formation_horloge where id = 1", Boolean.class))
          .as("l'horloge libérée").isFalse();

      var encore = formateur.poster("/formation/sessions/" + a.code() + "/horloge", Map.of("deplacement", "jour-ouvre"));

      assertThat(encore.statusCode()).isEqualTo(302);
      assertThat(formateur.get(progression).body()).as("sans le conflit, le même déplacement passe")
          .contains("Le jour de la session a avancé").doesNotContain("changeait au même moment");
      assertThat(HorlogeDeTest.aujourdhui()).isAfter(avant);
      assertThat(jdbc.queryForObject("select retard_ms from formation_session where code = ?", Long.class, b.code()))
          .as("B repoussée cette fois").isGreaterThan(((Number) retards.get(b.code())).longValue());
    } finally {
      ConflitDansLeMoteur.desarmer();
      sessions.fermer(a.code());
      sessions.fermer(b.code());
    }
  }

  @Test
  void jusqu_a_la_prochaine_echeance_puis_un_jour_ouvre_le_temps_ne_fait_qu_avancer() {
    var s = sessions.creer(new SessionsDeFormation.NouvelleSession("Échéances", HorlogeDeTest.aujourdhui(),
        HorlogeDeTest.aujourdhui().plusDays(7), 1, List.of("06-message-en-retard.yml")), "formateur");
    try {
      var avant = HorlogeDeTest.maintenant();
      var echeance = salle.prochaineEcheance(s.code()).orElseThrow();
      var fait = salle.avancer(s.code(), HorlogeDeLaSalle.Deplacement.ECHEANCE, "formateur");
      assertThat(fait.apres()).isEqualTo(echeance);
      assertThat(HorlogeDeTest.maintenant()).isAfterOrEqualTo(echeance);
      assertThat(fait.jobs()).isPositive();
      var ouvre = salle.avancer(s.code(), HorlogeDeLaSalle.Deplacement.JOUR_OUVRE, "formateur");
      assertThat(ouvre.apres()).isAfter(ouvre.avant()).isAfter(avant);
      assertThatThrownBy(() -> HorlogeDeLaSalle.Deplacement.de("-1-jour")).hasMessageContaining("ne recule jamais");
      var formateur = formateur();
      String progression = "/formation/sessions/" + s.code() + "/progression";
      formateur.get(progression);
      formateur.poster("/formation/sessions/" + s.code() + "/horloge", Map.of("deplacement", "hier"));
      assertThat(formateur.get(progression).body()).contains("Rien n'a été changé", "avance que de ces façons");
    } finally {
      sessions.fermer(s.code());
    }
  }

  /**
   * The isolation test: two sessions, each with a message left unanswered and an arrêt
   * whose payments run every 14 days. Session A's two "+7 jours" escalate A's message and live A's
   * payment runs; session B is exactly as it was on its own day (its tasks, jobs, due dates,
   * payments and history, each waiting date as far from B's day as before); then B's own two
   * weeks escalate B's message and pay B the same days as A.
   */
  @Test
  void deux_semaines_d_une_session_laissent_l_autre_a_son_jour_puis_ses_propres_semaines_la_font_avancer() {
    List<String> scenarios = List.of("06-message-en-retard.yml", "10-prolongation.yml");
    var a = sessions.creer(new SessionsDeFormation.NouvelleSession("Session A", HorlogeDeTest.aujourdhui(),
        HorlogeDeTest.aujourdhui().plusDays(14), 1, scenarios), "formateur");
    var b = sessions.creer(new SessionsDeFormation.NouvelleSession("Session B", HorlogeDeTest.aujourdhui(),
        HorlogeDeTest.aujourdhui().plusDays(14), 1, scenarios), "formateur");
    try {
      String locataireA = sessions.locataires(a.code()).get(0);
      String locataireB = sessions.locataires(b.code()).get(0);
      String arretA = stagiaires.reference(locataireA, "10-prolongation.yml");
      // What the job executor of a training server does at once (the employer's attestation taken in).
      for (String locataire : List.of(locataireA, locataireB)) {
        stagiaires.references(locataire).forEach(jobs::duDossier);
      }
      tourneeDemainMatin();
      Map<String, Object> avantB = instantane(b.code());
      long versementsA = versements(arretA);
      var formateur = formateur();
      formateur.get("/formation/sessions/" + a.code() + "/progression");

      for (int semaine = 0; semaine < 2; semaine++) {
        assertThat(formateur.poster("/formation/sessions/" + a.code() + "/horloge", Map.of("deplacement", "sept-jours")).statusCode())
            .isEqualTo(302);
      }

      assertThat(taskService.createTaskQuery().tenantIdIn(locataireA).taskDefinitionKey("Task_MessageEnRetard").count())
          .as("le message de A escalade").isOne();
      assertThat(versements(arretA)).as("les tournées de paiement de A ont versé ses échéances").isGreaterThan(versementsA);
      assertThat(instantane(b.code())).as("B à son jour, comme avant").isEqualTo(avantB);
      assertThat(taskService.createTaskQuery().tenantIdIn(locataireB).taskDefinitionKey("Task_MessageEnRetard").count()).isZero();
      assertThat(jdbc.queryForObject("select retard_ms from formation_session where code = ?", Long.class, b.code()))
          .isEqualTo(Duration.ofDays(14).toMillis());
      assertThat(salle.jourDe(b.code())).isBefore(salle.jourDe(a.code()));
      var liste = formateur.get("/formation/sessions").body();
      assertThat(liste).contains("Jour de la session", affichage.jour(salle.jourDe(a.code())),
          affichage.jour(salle.jourDe(b.code())));

      String arretB = stagiaires.reference(locataireB, "10-prolongation.yml");
      long versementsB = versements(arretB);
      formateur.get("/formation/sessions/" + b.code() + "/progression");
      formateur.poster("/formation/sessions/" + b.code() + "/horloge", Map.of("deplacement", "sept-jours"));
      formateur.poster("/formation/sessions/" + b.code() + "/horloge", Map.of("deplacement", "sept-jours"));

      assertThat(taskService.createTaskQuery().tenantIdIn(locataireB).taskDefinitionKey("Task_MessageEnRetard").count())
          .as("B's own week escalates B's message").isOne();
      assertThat(versements(arretB)).as("et verse ses échéances").isGreaterThan(versementsB);
      assertThat(versements(arretB) - versementsB).as("B vit les mêmes jours que A").isEqualTo(versements(arretA) - versementsA);
    } finally {
      sessions.fermer(a.code());
      sessions.fermer(b.code());
    }
  }

  /**
   * The daily payment run waits for the next morning, as on a server whose clock never goes back
   * (the tests' clock does, between two tests, after another moved the server weeks ahead).
   */
  private void tourneeDemainMatin() {
    var matin = HorlogeDeTest.aujourdhui().plusDays(1).atTime(6, 0).atZone(fr.cpam.demarches.commun.Fuseau.PARIS).toInstant();
    managementService.createJobQuery().processDefinitionKey("TourneePaiementsIj").timers().list().stream()
        .filter(j -> j.getDuedate().toInstant().isAfter(matin))
        .forEach(j -> managementService.setJobDuedate(j.getId(), java.util.Date.from(matin)));
  }

  private long versements(String reference) {
    return jdbc.queryForObject("select count(*) from versement_ij v join arret_travail a on a.id = v.arret_id where a.reference = ?",
        Long.class, reference);
  }

  /**
   * What a session's dossiers are, on the session's day: each row of what waits or was done (its
   * dates less the session's lag: calendar days for dates), and the counts of their history.
   */
  private Map<String, Object> instantane(String code) {
    long retard = jdbc.queryForObject("select retard_ms from formation_session where code = ?", Long.class, code);
    long jours = Duration.ofMillis(retard).toDays();
    List<String> locataires = sessions.locataires(code);
    String locataire = locataires.get(0);
    List<String> references = jdbc.queryForList("select d.reference from formation_dossier d join formation_stagiaire t"
        + " on t.id = d.stagiaire_id where t.locataire = ?", String.class, locataire);
    Map<String, Object> etat = new java.util.TreeMap<>();
    etat.put("jobs", jdbc.query("select ID_, TYPE_, HANDLER_TYPE_, DUEDATE_, RETRIES_ from ACT_RU_JOB where TENANT_ID_ = ? order by ID_",
        (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + moins(rs.getTimestamp(4), retard) + " "
            + rs.getInt(5), locataire));
    etat.put("taches", jdbc.query("select ID_, TASK_DEF_KEY_, ASSIGNEE_, DUE_DATE_, FOLLOW_UP_DATE_ from ACT_RU_TASK where TENANT_ID_ = ?"
        + " order by ID_", (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
            + moins(rs.getTimestamp(4), retard) + " " + moins(rs.getTimestamp(5), retard), locataire));
    etat.put("variables", jdbc.query("select ID_, NAME_, TYPE_, LONG_, TEXT_ from ACT_RU_VARIABLE where TENANT_ID_ = ? order by ID_",
        (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + ("date".equals(rs.getString(3)) && rs.getObject(4) != null
            ? String.valueOf(rs.getLong(4) - retard) : rs.getString(4) + " " + rs.getString(5)), locataire));
    for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL",
        "ACT_HI_JOB_LOG", "ACT_HI_IDENTITYLINK", "ACT_HI_INCIDENT", "ACT_HI_OP_LOG")) {
      etat.put(table, jdbc.queryForObject("select count(*) from " + table + " where TENANT_ID_ = ?", Long.class, locataire));
    }
    for (String reference : references) {
      etat.put("message " + reference, jdbc.query("select statut, service_actuel, date_echeance from messagerie_conversation"
          + " where reference = ?", (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + moins(rs.getTimestamp(3), retard), reference));
      etat.put("arrêt " + reference, jdbc.query("select statut, date_debut, date_fin, premier_jour_indemnise, dernier_jour_traite,"
          + " prochaine_echeance, dernier_cycle from arret_travail where reference = ?", (rs, i) -> rs.getString(1) + " "
              + jours(rs, jours, 2, 3, 4, 5, 6, 7), reference));
      etat.put("versements " + reference, jdbc.query("select v.statut, v.periode_debut, v.periode_fin from versement_ij v"
          + " join arret_travail a on a.id = v.arret_id where a.reference = ? order by v.id", (rs, i) -> rs.getString(1) + " "
              + jours(rs, jours, 2, 3), reference));
      etat.put("paiements " + reference, jdbc.query("select statut, date_paiement, periode_debut, periode_fin, date_prevue from paiement"
          + " where reference_dossier = ? order by id", (rs, i) -> rs.getString(1) + " " + jours(rs, jours, 2, 3, 4, 5), reference));
      etat.put("notifications " + reference, jdbc.queryForObject("select count(*) from notification where reference_dossier = ?",
          Long.class, reference));
    }
    return etat;
  }

  private static String moins(java.sql.Timestamp t, long retard) {
    return t == null ? "-" : t.toInstant().minusMillis(retard).toString();
  }

  /** Those date columns, each less the session's lag in days. */
  private static String jours(java.sql.ResultSet rs, long jours, int... colonnes) throws java.sql.SQLException {
    StringBuilder s = new StringBuilder();
    for (int c : colonnes) {
      LocalDate d = rs.getObject(c, LocalDate.class);
      s.append(d == null ? "-" : d.minusDays(jours).toString()).append(' ');
    }
    return s.toString();
  }

  private Map<String, Object> etat(String requete) {
    Map<String, Object> etat = new java.util.TreeMap<>();
    jdbc.query(requete, rs -> {
      etat.put(rs.getString(1), rs.getObject(2));
    });
    return etat;
  }
}
