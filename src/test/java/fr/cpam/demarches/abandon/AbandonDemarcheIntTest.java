package fr.cpam.demarches.abandon;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.performance.NouveauxAssures;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen gives up a démarche of hers while nothing is recorded (her first form), not once the
 * CPAM has recorded it (a declaration puts the card in opposition at once); never another's.
 */
@TestIntegration
class AbandonDemarcheIntTest {

  @Autowired Http http;
  @Autowired NouveauxAssures assures;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;

  @Test
  void une_commande_a_son_premier_formulaire_s_annule_par_son_assure_seulement() {
    Nir nir = assures.nouveau();
    Http.Client assure = http.en(nir.identifiant(), NouveauxAssures.CODE);
    var demarrage = assure.post("/engine-rest/process-definition/key/CarteVitaleCommande/start", "{}");
    assertThat(demarrage.statut()).as(demarrage.corps()).isEqualTo(200);
    String reference = demarrage.json().path("businessKey").asText();
    String dossier = demarrage.json().path("id").asText();

    var examen = assure.get("/api/demarches/" + reference + "/abandon");
    assertThat(examen.statut()).as(examen.corps()).isEqualTo(200);
    assertThat(examen.json().path("possible").asBoolean()).isTrue();
    assertThat(examen.json().path("demarche").asText()).isEqualTo("Commander une première carte Vitale");

    // Another citizen: the same answer as for a dossier that does not exist; nothing changes.
    var ines = http.en(Http.INES, Http.INES_CODE).post("/api/demarches/" + reference + "/abandon", "{}");
    var inconnu = http.en(Http.INES, Http.INES_CODE).post("/api/demarches/CV-2026-AAAAA-AAAA/abandon", "{}");
    assertThat(ines.statut()).isEqualTo(404).isEqualTo(inconnu.statut());
    assertThat(ines.detail()).isEqualTo(inconnu.detail().replace("CV-2026-AAAAA-AAAA", reference));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(dossier).count()).isEqualTo(1);

    var abandon = assure.post("/api/demarches/" + reference + "/abandon", "{}");
    assertThat(abandon.statut()).as(abandon.corps()).isEqualTo(200);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(dossier).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(dossier).singleResult().getDeleteReason())
        .isEqualTo("Annulée par l'assuré");
    assertThat(assure.get("/api/notifications").json().path("notifications").findValuesAsText("titre")).contains("Démarche annulée");
  }

  @Test
  void une_declaration_enregistree_ne_s_annule_plus() {
    Nir nir = assures.nouveau();
    Http.Client assure = http.en(nir.identifiant(), NouveauxAssures.CODE);
    var demarrage = assure.post("/engine-rest/process-definition/key/CarteVitalePerteVol/start", "{}");
    String reference = demarrage.json().path("businessKey").asText();
    String dossier = demarrage.json().path("id").asText();
    String tache = taskService.createTaskQuery().processInstanceId(dossier).singleResult().getId();
    var declaration = assure.post("/engine-rest/task/" + tache + "/submit-form", Map.of("variables", Map.of(
        "motif", Map.of("value", "vol"), "engagementRestitution", Map.of("value", true),
        "beneficiaire", Map.of("value", nir.valeur()),
        "adresseLigne1", Map.of("value", NouveauxAssures.ADRESSE_LIGNE1),
        "adresseCodePostal", Map.of("value", NouveauxAssures.CODE_POSTAL),
        "adresseCommune", Map.of("value", NouveauxAssures.COMMUNE))));
    assertThat(declaration.statut()).as(declaration.corps()).isEqualTo(204);
    if (runtimeService.createProcessInstanceQuery().processInstanceId(dossier).count() == 0) {
      return; // already over: nothing to give up
    }
    var examen = assure.get("/api/demarches/" + reference + "/abandon");
    assertThat(examen.statut()).as(examen.corps()).isEqualTo(200);
    assertThat(examen.json().path("possible").asBoolean()).isFalse();
    assertThat(examen.json().path("raison").asText()).contains("ne peut plus être annulée");
    var abandon = assure.post("/api/demarches/" + reference + "/abandon", "{}");
    assertThat(abandon.statut()).isEqualTo(409);
    assertThat(abandon.typeContenu()).startsWith("application/problem+json");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(dossier).count()).isEqualTo(1);
  }
}
