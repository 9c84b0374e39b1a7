package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.commun.DemandeInvalideException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions on the real engine: learners' accounts and tenants, their own copies of the dossiers,
 * the engine's wall between them (Tasklist's REST API), and a close that leaves nothing of the
 * session and everything of another one.
 */
@TestIntegration
class SessionsDeFormationIntTest {

  @Autowired SessionsDeFormation sessions;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired Http http;

  static final List<String> DEUX = List.of("01-vol-apres-demenagement.yml", "02-message-mal-oriente.yml");

  SessionsDeFormation.SessionCreee session(int stagiaires, List<String> scenarios) {
    return sessions.creer(new SessionsDeFormation.NouvelleSession("Accueil des nouveaux agents", HorlogeDeTest.aujourdhui(),
        HorlogeDeTest.aujourdhui().plusDays(2), stagiaires, scenarios), "formateur");
  }

  /** Tables whose rows name a dossier by {@code reference_dossier} (each module forgets its own: docs/decisions/0098). */
  static final List<String> TABLES_PAR_REFERENCE = List.of(
      "opposition_carte_vitale", "piece_justificative", "fabrique_simulee_reponse", "commande_fabrique_simulee", "paiement",
      "notification", "lettre_seize_ans");

  @Test
  void chaque_stagiaire_a_son_compte_ses_groupes_son_locataire_et_sa_copie_des_dossiers() {
    var s = session(2, DEUX);
    assertThat(s.comptes()).extracting(SessionsDeFormation.Compte::identifiant)
        .containsExactly("stagiaire-" + s.code() + "-01", "stagiaire-" + s.code() + "-02");
    String un = s.comptes().get(0).identifiant();
    assertThat(identityService.checkPassword(un, s.comptes().get(0).motDePasse())).isTrue();
    assertThat(identityService.createGroupQuery().groupMember(un).list()).extracting(g -> g.getId())
        .contains("gestion-droits", "accueil", "prestations-especes");
    assertThat(identityService.createTenantQuery().userMember(un).list()).extracting(t -> t.getId())
        .containsExactly("f" + s.code() + "01");
    for (String locataire : sessions.locataires(s.code())) {
      assertThat(runtimeService.createProcessInstanceQuery().tenantIdIn(locataire).processDefinitionKey("MessageAssure").count()).isOne();
      assertThat(taskService.createTaskQuery().tenantIdIn(locataire).taskDefinitionKey("Task_TraiterMessage").count()).isOne();
      assertThat(taskService.createTaskQuery().tenantIdIn(locataire).taskDefinitionKey("Task_ExaminerDeclaration").count()).isOne();
    }
    sessions.fermer(s.code());
  }

  @Test
  void un_stagiaire_ne_voit_ni_ne_complete_les_taches_d_un_autre_par_l_api_du_moteur() {
    var s = session(2, DEUX);
    var un = s.comptes().get(0);
    var deux = s.comptes().get(1);
    Task deLAutre = taskService.createTaskQuery().tenantIdIn(sessions.locataires(s.code()).get(1))
        .taskDefinitionKey("Task_TraiterMessage").singleResult();

    String sien = sessions.locataires(s.code()).get(0);
    var liste = http.en(un.identifiant(), un.motDePasse()).get("/engine-rest/task?taskDefinitionKey=Task_TraiterMessage");
    assertThat(liste.statut()).as(liste.corps()).isEqualTo(200);
    // Their own dossier's task, and no other tenant's (the engine shows everyone what has no tenant:
    // on a training server, nothing but training dossiers, all in a learner's tenant).
    assertThat(liste.json()).filteredOn(t -> sien.equals(t.path("tenantId").asText(null))).hasSize(1);
    assertThat(liste.json()).allSatisfy(t -> assertThat(t.path("tenantId").asText(null)).isIn(null, sien));
    assertThat(liste.corps()).doesNotContain(deLAutre.getId());
    assertThat(http.en(un.identifiant(), un.motDePasse()).get("/engine-rest/task/" + deLAutre.getId()).statut()).isEqualTo(404);
    var complete = http.en(un.identifiant(), un.motDePasse()).post("/engine-rest/task/" + deLAutre.getId() + "/complete",
        Map.of("variables", Map.of("decision", Map.of("value", "repondre"), "reponse", Map.of("value", "Réponse"))));
    assertThat(complete.statut()).as(complete.corps()).isIn(400, 403, 404);
    assertThat(taskService.createTaskQuery().taskId(deLAutre.getId()).count()).as("la tâche de l'autre reste ouverte").isOne();
    // Learner 2 sees and may complete their own.
    var sienne = http.en(deux.identifiant(), deux.motDePasse()).get("/engine-rest/task?taskDefinitionKey=Task_TraiterMessage");
    assertThat(sienne.corps()).contains(deLAutre.getId());
    sessions.fermer(s.code());
  }

  @Test
  void fermer_une_session_supprime_ses_comptes_et_toutes_ses_donnees_sans_toucher_une_autre_session() {
    var fermee = session(2, DEUX);
    var autre = session(1, List.of("02-message-mal-oriente.yml"));
    List<String> locataires = sessions.locataires(fermee.code());
    List<String> references = jdbc.queryForList("select d.reference from formation_dossier d join formation_stagiaire t on t.id ="
        + " d.stagiaire_id join formation_session s on s.id = t.session_id where s.code = ?", String.class, fermee.code());
    List<String> nirs = jdbc.queryForList("select d.nir from formation_dossier d join formation_stagiaire t on t.id ="
        + " d.stagiaire_id join formation_session s on s.id = t.session_id where s.code = ?", String.class, fermee.code());
    assertThat(references).hasSize(4);
    Map<String, Long> autreAvant = comptes(sessions.locataires(autre.code()));
    assertThat(comptes(locataires).values()).anyMatch(n -> n > 0);

    sessions.fermer(fermee.code());

    assertThat(comptes(locataires)).allSatisfy((quoi, n) -> assertThat(n).as(quoi).isZero());
    for (String r : references) {
      for (String table : List.of("dossier_carte_vitale", "messagerie_conversation", "arret_travail")) {
        assertThat(jdbc.queryForObject("select count(*) from " + table + " where reference = ?", Long.class, r)).as(table).isZero();
      }
      for (String table : TABLES_PAR_REFERENCE) {
        assertThat(jdbc.queryForObject("select count(*) from " + table + " where reference_dossier = ?", Long.class, r)).as(table).isZero();
      }
    }
    for (String nir : nirs) {
      assertThat(jdbc.queryForObject("select count(*) from assure where nir = ?", Long.class, nir)).isZero();
      assertThat(jdbc.queryForObject("select count(*) from carte_vitale where titulaire = ?", Long.class, nir)).isZero();
      assertThat(identityService.createUserQuery().userId(nir.substring(0, 13)).count()).isZero();
    }
    fermee.comptes().forEach(c -> assertThat(identityService.createUserQuery().userId(c.identifiant()).count()).isZero());
    assertThat(identityService.createTenantQuery().tenantIdIn(locataires.toArray(String[]::new)).count()).isZero();
    assertThat(sessions.sessions()).extracting(SessionsDeFormation.Session::code).doesNotContain(fermee.code()).contains(autre.code());
    assertThat(comptes(sessions.locataires(autre.code()))).isEqualTo(autreAvant);
    sessions.fermer(autre.code());
  }

  @Test
  void une_demande_fausse_est_refusee_champ_par_champ_sans_rien_creer() {
    long avant = jdbc.queryForObject("select count(*) from formation_session", Long.class);
    assertThatThrownBy(() -> sessions.creer(new SessionsDeFormation.NouvelleSession(" ", HorlogeDeTest.aujourdhui(),
            HorlogeDeTest.aujourdhui().minusDays(1), 0, List.of("inconnu.yml")), "formateur"))
        .isInstanceOf(DemandeInvalideException.class)
        .satisfies(e -> assertThat(((DemandeInvalideException) e).erreurs()).extracting(x -> x.champ() + " : " + x.message())
            .containsExactly(
                "titre : Indiquez le titre de la session.",
                "fin : Le dernier jour ne peut pas précéder le premier jour de la session.",
                "stagiaires : Indiquez un nombre de stagiaires de 1 à 30.",
                "scenarios : Scénario inconnu : inconnu.yml."));
    assertThat(jdbc.queryForObject("select count(*) from formation_session", Long.class)).isEqualTo(avant);
  }

  /** What the engine holds for these tenants: instances, history, tasks, jobs, decisions. */
  Map<String, Long> comptes(List<String> locataires) {
    String[] t = locataires.toArray(String[]::new);
    return Map.of(
        "instances", runtimeService.createProcessInstanceQuery().tenantIdIn(t).count(),
        "historique", historyService.createHistoricProcessInstanceQuery().tenantIdIn(t).count(),
        "activités", historyService.createHistoricActivityInstanceQuery().tenantIdIn(t).count(),
        "tâches", taskService.createTaskQuery().tenantIdIn(t).count(),
        "tâches historiques", historyService.createHistoricTaskInstanceQuery().tenantIdIn(t).count(),
        "variables historiques", historyService.createHistoricVariableInstanceQuery().tenantIdIn(t).count(),
        "décisions", historyService.createHistoricDecisionInstanceQuery().tenantIdIn(t).count(),
        "jobs", managementService.createJobQuery().tenantIdIn(t).count());
  }
}
