package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.engine.Groupes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counter of unassigned tasks per set of candidate groups stays the engine's own count
 * through the whole life of a task, and Tasklist shows it. "Conforme" means: for every group
 * and for all of them together, the counter gives the engine's count (queried without
 * authentication, so by the engine's own SQL), and a recount from the engine's tables changes
 * no row. Data of other test classes is there too: the checks cover it as well.
 */
@TestIntegration
@fr.cpam.demarches.engine.interne.AvecCorrectifs(value = {Correctifs.Correctif.REQUETES_TASKLIST, Correctifs.Correctif.COMPTEUR_TACHES}, raison = "aucun compteur tenu sans compteur-taches")
class CompteurTachesGroupesIntTest {

  static final List<String> GROUPES = List.of(Groupes.GESTION_DROITS, Groupes.ACCUEIL, Groupes.SUPERVISEURS,
      Groupes.PRESTATIONS_ESPECES, Groupes.SERVICE_MEDICAL, Groupes.RCT);

  @Autowired Http http;
  @Autowired ProcessEngine moteur;
  @Autowired CompteurTachesGroupes compteur;
  @Autowired DataSource base;
  @Autowired JdbcTemplate jdbc;

  @Test
  void le_compteur_suit_un_message_de_sa_creation_a_sa_reponse() {
    long droits = nombre(Groupes.GESTION_DROITS);
    long accueil = nombre(Groupes.ACCUEIL);
    String tache = tacheDe(nouveauMessage());
    TaskService taches = moteur.getTaskService();
    conforme();
    assertThat(nombre(Groupes.GESTION_DROITS)).isEqualTo(droits + 1);

    taches.claim(tache, "agent.droits");
    conforme();
    assertThat(nombre(Groupes.GESTION_DROITS)).isEqualTo(droits);

    taches.claim(tache, null);
    conforme();
    assertThat(nombre(Groupes.GESTION_DROITS)).isEqualTo(droits + 1);

    taches.setAssignee(tache, "agent.droits");
    conforme();
    taches.setAssignee(tache, null);
    conforme();
    assertThat(nombre(Groupes.GESTION_DROITS)).isEqualTo(droits + 1);

    taches.addCandidateGroup(tache, Groupes.ACCUEIL);
    conforme();
    assertThat(nombre(Groupes.ACCUEIL)).isEqualTo(accueil + 1);
    assertThat(nombre(Groupes.GESTION_DROITS)).isEqualTo(droits + 1);
    taches.deleteCandidateGroup(tache, Groupes.ACCUEIL);
    conforme();
    assertThat(nombre(Groupes.ACCUEIL)).isEqualTo(accueil);

    taches.delegateTask(tache, "agent.rct");
    conforme();
    assertThat(nombre(Groupes.GESTION_DROITS)).isEqualTo(droits);
    taches.resolveTask(tache);
    conforme();
    assertThat(nombre(Groupes.GESTION_DROITS)).isEqualTo(droits + 1);

    var agent = http.en("agent.droits");
    assertThat(agent.post("/engine-rest/task/" + tache + "/claim", Map.of("userId", "agent.droits")).statut()).isEqualTo(204);
    assertThat(agent.post("/engine-rest/task/" + tache + "/complete",
        "{\"variables\":{\"decision\":{\"value\":\"repondre\"},\"reponse\":{\"value\":\"Votre demande est enregistrée.\"}}}").statut())
        .isEqualTo(204);
    conforme();
    assertThat(nombre(Groupes.GESTION_DROITS)).isEqualTo(droits);
  }

  @Test
  void le_compteur_suit_la_suppression_du_dossier_et_la_relance_du_superviseur() {
    long droits = nombre(Groupes.GESTION_DROITS);
    long superviseurs = nombre(Groupes.SUPERVISEURS);
    String supprime = nouveauMessage();
    String enRetard = nouveauMessage();
    conforme();
    assertThat(nombre(Groupes.GESTION_DROITS)).isEqualTo(droits + 2);

    moteur.getRuntimeService().deleteProcessInstance(instanceDe(supprime), "essai du compteur");
    conforme();
    assertThat(nombre(Groupes.GESTION_DROITS)).isEqualTo(droits + 1);

    // The answer is late: the timer of the event subprocess gives the supervisors a task.
    Job delai = moteur.getManagementService().createJobQuery().processInstanceId(instanceDe(enRetard)).timers().singleResult();
    HorlogeDeTest.depasser(delai.getDuedate());
    moteur.getManagementService().executeJob(delai.getId());
    conforme();
    assertThat(nombre(Groupes.SUPERVISEURS)).isEqualTo(superviseurs + 1);
    moteur.getRuntimeService().deleteProcessInstance(instanceDe(enRetard), "essai du compteur");
    conforme();
    assertThat(nombre(Groupes.SUPERVISEURS)).isEqualTo(superviseurs);
    assertThat(nombre(Groupes.GESTION_DROITS)).isEqualTo(droits);
  }

  @Test
  void une_minuterie_qui_interrompt_une_tache_de_deux_services_la_retire_du_compteur() {
    moteur.getRepositoryService().createDeployment().name("essai-compteur").enableDuplicateFiltering(true)
        .addModelInstance("EssaiCompteur.bpmn", Bpmn.createExecutableProcess("EssaiCompteur").camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Recu")
            .userTask("Task_Examiner").camundaCandidateGroups(Groupes.GESTION_DROITS + "," + Groupes.ACCUEIL)
            .boundaryEvent("Boundary_DelaiDepasse").timerWithDuration("PT1H").endEvent("EndEvent_DelaiDepasse")
            .moveToActivity("Task_Examiner").endEvent("EndEvent_Examine")
            .done())
        .deploy();
    long droits = nombre(Groupes.GESTION_DROITS);
    long accueil = nombre(Groupes.ACCUEIL);
    long lesDeux = nombre(Groupes.GESTION_DROITS, Groupes.ACCUEIL);
    String instance = moteur.getRuntimeService().startProcessInstanceByKey("EssaiCompteur").getId();
    conforme();
    // One task candidate to two groups: once for each group, once for both together.
    assertThat(nombre(Groupes.GESTION_DROITS)).isEqualTo(droits + 1);
    assertThat(nombre(Groupes.ACCUEIL)).isEqualTo(accueil + 1);
    assertThat(nombre(Groupes.GESTION_DROITS, Groupes.ACCUEIL)).isEqualTo(lesDeux + 1);

    Job delai = moteur.getManagementService().createJobQuery().processInstanceId(instance).timers().singleResult();
    HorlogeDeTest.depasser(delai.getDuedate());
    moteur.getManagementService().executeJob(delai.getId());
    assertThat(moteur.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    conforme();
    assertThat(nombre(Groupes.GESTION_DROITS, Groupes.ACCUEIL)).isEqualTo(lesDeux);
  }

  @Test
  void le_nombre_que_montre_tasklist_est_celui_des_taches_de_la_liste() throws Exception {
    nouveauMessage();
    SessionWebapp tasklist = SessionWebapp.tasklist(http.url(""), "agent.droits", "demo");
    String chemin = tasklist.cheminDuFiltre("Tâches de mon service");
    String tri = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    var liste = tasklist.post(chemin + "/list?firstResult=0&maxResults=1000", tri, true);
    var nombre = tasklist.post(chemin + "/count", tri, true);
    assertThat(liste.statusCode()).isEqualTo(200);
    assertThat(nombre.statusCode()).isEqualTo(200);

    assertThat(json(liste.body()).size()).isPositive().isLessThan(1000)
        .isEqualTo(json(nombre.body()).path("count").asInt());
  }

  @Test
  void le_recalcul_corrige_un_compteur_fausse() {
    nouveauMessage();
    jdbc.update("update compteur_taches_groupes set non_attribuees = non_attribuees + 7 where groupes = ?", Groupes.GESTION_DROITS);
    assertThat(nombre(Groupes.GESTION_DROITS)).isEqualTo(nombreDuMoteur(List.of(Groupes.GESTION_DROITS)) + 7);

    compteur.recompter();

    assertThat(nombre(Groupes.GESTION_DROITS)).isEqualTo(nombreDuMoteur(List.of(Groupes.GESTION_DROITS)));
    conforme();
  }

  /** The counter gives the engine's count for each group and all of them, and a recount changes no row. */
  private void conforme() {
    for (String groupe : GROUPES) {
      assertThat(nombre(groupe)).as(groupe).isEqualTo(nombreDuMoteur(List.of(groupe)));
    }
    assertThat(nombre(GROUPES.toArray(String[]::new))).isEqualTo(nombreDuMoteur(GROUPES));
    Map<String, Long> tenues = lignes();
    compteur.recompter();
    assertThat(lignes()).isEqualTo(tenues);
  }

  private long nombreDuMoteur(List<String> groupes) {
    // No authentication: TachesTasklistManager leaves the query to the engine's own SQL.
    return moteur.getTaskService().createTaskQuery().taskCandidateGroupIn(groupes).taskUnassigned().count();
  }

  private long nombre(String... groupes) {
    try (Connection c = base.getConnection()) {
      return CompteurTachesGroupes.nombre(c, List.of(groupes));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Long> lignes() {
    Map<String, Long> lignes = new TreeMap<>();
    jdbc.query("select groupes, non_attribuees from compteur_taches_groupes where non_attribuees <> 0", (org.springframework.jdbc.core.RowCallbackHandler)
        rs -> {
          lignes.put(rs.getString(1), rs.getLong(2));
        });
    return lignes;
  }

  /** A question of Claire about her card: a task for "gestion-droits". Returns the dossier. */
  private String nouveauMessage() {
    var ecrit = http.en(Http.CLAIRE).post("/api/messagerie/messages",
        Map.of("motif", "CARTE_VITALE", "type", "question", "objet", "Carte de Hugo", "texte", "Bonjour, Hugo a besoin de sa carte."));
    assertThat(ecrit.statut()).as(ecrit.corps()).isEqualTo(201);
    return ecrit.json().path("reference").asText();
  }

  private String instanceDe(String reference) {
    return moteur.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
  }

  private String tacheDe(String reference) {
    return moteur.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
  }

  private static JsonNode json(String corps) throws Exception {
    return new ObjectMapper().readTree(corps);
  }
}
