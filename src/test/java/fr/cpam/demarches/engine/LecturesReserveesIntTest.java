package fr.cpam.demarches.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.Http.Reponse;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.performance.NouveauxAssures;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a person reads without reading it (issue 19): a sort or a search by a variable's value
 * tells its value, a decision's history holds the dossier's data. Refused or left out for those
 * who may not read them.
 */
@TestIntegration
class LecturesReserveesIntTest {

  @Autowired Http http;
  @Autowired NouveauxAssures assures;
  @Autowired DecisionService decisionService;
  @Autowired HistoryService historyService;

  static final String PAR_VARIABLE = "[{\"name\":\"groupeTraitant\",\"operator\":\"eq\",\"value\":\"gestion-droits\"}]";

  @Test
  void une_assuree_ne_trie_ni_ne_cherche_ses_taches_et_dossiers_par_la_valeur_d_une_variable() {
    Nir assure = assures.ecritAuServiceDesDroits(http);
    Http.Client client = http.en(assure.identifiant(), NouveauxAssures.CODE);
    Map<String, Reponse> essais = new java.util.LinkedHashMap<>();
    essais.put("tâches triées", client.post("/engine-rest/task", "{\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\","
        + "\"parameters\":{\"variable\":\"groupeTraitant\",\"type\":\"String\"}}]}"));
    essais.put("tâches, branche « ou »", client.post("/engine-rest/task", "{\"orQueries\":[{\"processVariables\":" + PAR_VARIABLE + "}]}"));
    essais.put("dossiers", client.get("/engine-rest/process-instance?variables=groupeTraitant_eq_gestion-droits"));
    essais.put("dossiers, branche « ou »", client.post("/engine-rest/process-instance", "{\"orQueries\":[{\"variables\":" + PAR_VARIABLE + "}]}"));
    essais.put("historique, branche « ou »",
        client.post("/engine-rest/history/process-instance", "{\"orQueries\":[{\"variables\":" + PAR_VARIABLE + "}]}"));
    essais.put("tâches historiques, branche « ou »",
        client.post("/engine-rest/history/task", "{\"orQueries\":[{\"processVariables\":" + PAR_VARIABLE + "}]}"));
    essais.put("analyste, historique", http.en("analyste").get("/engine-rest/history/process-instance?variables=groupeTraitant_eq_gestion-droits"));
    essais.put("analyste, branche « ou »",
        http.en("analyste").post("/engine-rest/history/process-instance", "{\"orQueries\":[{\"variables\":" + PAR_VARIABLE + "}]}"));

    essais.forEach((quoi, reponse) -> {
      assertThat(reponse.statut()).as(quoi + " : " + reponse.corps()).isEqualTo(403);
      assertThat(reponse.json().path("message").asText()).as(quoi).contains("par la valeur d'une variable");
    });
    var tasklist = SessionWebapp.tasklist(http.url(""), assure.identifiant(), NouveauxAssures.CODE).post(
        "/camunda/api/engine/engine/default/task", "{\"sorting\":[{\"sortBy\":\"taskVariable\",\"sortOrder\":\"desc\","
            + "\"parameters\":{\"variable\":\"conversation\",\"type\":\"String\"}}]}", true);
    assertThat(tasklist.statusCode()).as("tâches triées par Tasklist : " + tasklist.body()).isEqualTo(403);
    // Her lists themselves stay readable, sorted by what she sees.
    assertThat(client.post("/engine-rest/task", "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}").statut()).isEqualTo(200);
    assertThat(http.en("superviseur").post("/engine-rest/task", "{\"orQueries\":[{\"processVariables\":" + PAR_VARIABLE + "}]}").statut())
        .isEqualTo(200);
  }

  @Test
  void un_analyste_lit_les_decisions_prises_sans_leurs_entrees_ni_leurs_sorties() {
    decisionService.evaluateDecisionTableByKey("Decision_EligibiliteIndemnites", Variables.createVariables()
        .putValue("plusDeSixMois", false).putValue("heuresTroisMois", 151.25).putValue("salairesSixMoisEnSmicHoraire", 1111.0)
        .putValue("moisImmatriculation", 14).putValue("heuresDouzeMois", 700.0).putValue("salairesDouzeMoisEnSmicHoraire", 2222.0));
    String id = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("Decision_EligibiliteIndemnites")
        .orderByEvaluationTime().desc().listPage(0, 1).get(0).getId();
    String entrees = "includeInputs=true&includeOutputs=true";

    Reponse lue = http.en("analyste").get("/engine-rest/history/decision-instance/" + id + "?" + entrees);
    Reponse liste = http.en("analyste").get("/engine-rest/history/decision-instance?decisionInstanceId=" + id + "&" + entrees);
    SessionWebapp cockpit = new SessionWebapp(http.url(""));
    assertThat(cockpit.connecter("cockpit", "analyste", "demo")).isEqualTo(200);
    var parCockpit = cockpit.get("/camunda/api/engine/engine/default/history/decision-instance/" + id + "?" + entrees);

    for (String corps : new String[] {lue.corps(), liste.corps(), parCockpit.body()}) {
      // Which decision, when, for which dossier; never its inputs nor its outputs.
      assertThat(corps).contains(id, "Decision_EligibiliteIndemnites").doesNotContain("\"inputs\"", "\"outputs\"", "151.25");
    }
    assertThat(List.of(lue.statut(), liste.statut(), parCockpit.statusCode())).containsOnly(200);
    // An administrator, who repairs dossiers, reads them.
    assertThat(http.en("admin").get("/engine-rest/history/decision-instance/" + id + "?" + entrees).corps()).contains("\"inputs\"", "151.25");
  }
}
