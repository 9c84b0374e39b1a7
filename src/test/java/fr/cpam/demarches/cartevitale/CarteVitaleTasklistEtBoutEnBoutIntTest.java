package fr.cpam.demarches.cartevitale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.cartevitale.interne.CarteVitaleRepository;
import fr.cpam.demarches.cartevitale.interne.DossierCarteVitaleRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The procedure as Tasklist drives it (the engine REST API with the citizen's and the agent's
 * logins), the rights the engine enforces there, and one whole declaration through the REST
 * APIs: declare, agent review, photo and ID, factory answers, card shipped, statuses visible.
 */
@TestIntegration
class CarteVitaleTasklistEtBoutEnBoutIntTest {

  @Autowired Http http;
  @Autowired ComptesDeTest comptes;
  @Autowired DossierCarteVitaleRepository dossiers;
  @Autowired CarteVitaleRepository cartes;
  @Autowired RuntimeService runtimeService;
  @Autowired FabriqueCartesSimulee fabrique;
  @Autowired DelaisCarteVitale delais;
  @Autowired JobsDus jobs;

  Http.Client en(ComptesDeTest.Famille famille) {
    return http.en(famille.identifiant(), ComptesDeTest.CODE);
  }

  static Map<String, Object> variables(Map<String, Object> valeurs) {
    Map<String, Object> variables = new LinkedHashMap<>();
    valeurs.forEach((nom, valeur) -> variables.put(nom, Map.of("value", valeur)));
    return Map.of("variables", variables);
  }

  static Map<String, Object> declaration(String beneficiaire, boolean engagement) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("beneficiaire", beneficiaire);
    v.put("motif", "dysfonctionnement");
    v.put("adresseLigne1", "3 place de la Mairie");
    v.put("adresseCodePostal", "44000");
    v.put("adresseCommune", "NANTES");
    v.put("engagementRestitution", engagement);
    return variables(v);
  }

  @Test
  void declarer_depuis_tasklist_formulaire_prerempli_verifie_sur_le_serveur() {
    var famille = comptes.famille();
    var citoyen = en(famille);

    var demarrage = citoyen.post("/engine-rest/process-definition/key/" + CarteVitalePerteVolProcess.CLE + "/start", Map.of());
    assertThat(demarrage.statut()).isEqualTo(200);
    String reference = demarrage.json().path("businessKey").asText();
    assertThat(reference).startsWith("CV-");
    JsonNode taches = citoyen.get("/engine-rest/task?processInstanceId=" + demarrage.json().path("id").asText()).json();
    assertThat(taches).hasSize(1);
    String tache = taches.get(0).path("id").asText();
    assertThat(taches.get(0).path("name").asText()).isEqualTo("Déclarer la perte ou le vol");

    JsonNode formulaire = citoyen.get("/engine-rest/task/" + tache + "/form-variables?deserializeValues=false").json();
    assertThat(formulaire.path("beneficiaires").path("type").asText()).isEqualTo("Json");
    assertThat(formulaire.path("beneficiaires").path("value").asText()).contains(famille.ado().valeur()).contains("(vous)");
    assertThat(formulaire.path("beneficiaire").path("value").asText()).isEqualTo(famille.parent().valeur());
    assertThat(formulaire.path("adresseCommune").path("value").asText()).isEqualTo("NANTES");
    assertThat(formulaire.path("engagementRestitution").path("value").asBoolean()).isFalse();
    assertThat(citoyen.get("/engine-rest/task/" + tache + "/deployed-form").json().path("id").asText()).isEqualTo("Form_DeclarerPerteVol");

    var refus = citoyen.post("/engine-rest/task/" + tache + "/submit-form", declaration(famille.ado().valeur(), false));
    assertThat(refus.statut()).isEqualTo(400);
    assertThat(refus.json().path("message").asText()).contains("Cochez la case « Je m'engage à restituer ma carte si je la retrouve »");
    assertThat(dossiers.findByReference(reference)).isEmpty();
    assertThat(cartes.findByNumeroSerie(famille.carteAdo()).orElseThrow().getStatut()).isEqualTo(StatutCarteVitale.ACTIVE);

    var envoi = citoyen.post("/engine-rest/task/" + tache + "/submit-form", declaration(famille.ado().valeur(), true));
    assertThat(envoi.statut()).isEqualTo(204);
    assertThat(dossiers.findByReference(reference)).hasValueSatisfying(d -> assertThat(d.getMotif()).isEqualTo(MotifDeclaration.DYSFONCTIONNEMENT));
    assertThat(cartes.findByNumeroSerie(famille.carteAdo()).orElseThrow().getStatut()).isEqualTo(StatutCarteVitale.EN_OPPOSITION);
  }

  @Test
  void par_l_api_du_moteur_un_assure_ne_voit_ni_ne_complete_ce_qui_n_est_pas_a_lui() {
    var famille = comptes.famille();
    var autre = comptes.famille();
    comptes.carte(famille.enfant());
    Map<String, Object> corps = CarteVitaleApiIntTest.corps(famille.enfant().valeur(), "perte");
    String reference = en(famille).post("/api/cartes-vitale/declarations", corps).json().path("reference").asText();
    JsonNode examen = http.en("agent.droits").get("/engine-rest/task?processInstanceBusinessKey=" + reference).json();
    assertThat(examen).hasSize(1);
    String tacheAgent = examen.get(0).path("id").asText();
    String instance = examen.get(0).path("processInstanceId").asText();

    assertThat(en(famille).get("/engine-rest/task?processInstanceBusinessKey=" + reference).json()).isEmpty();
    assertThat(en(famille).post("/engine-rest/task/" + tacheAgent + "/complete", variables(Map.of("decision", "accepter"))).statut())
        .isIn(403, 404);
    assertThat(en(autre).get("/engine-rest/process-instance/" + instance).statut()).isIn(403, 404);
    assertThat(en(autre).get("/engine-rest/process-instance?businessKey=" + reference).json()).isEmpty();
    assertThat(en(famille).get("/engine-rest/process-instance/" + instance).statut()).as("le déclarant lit son dossier").isEqualTo(200);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()).isNotNull();
    assertThat(dossiers.findByReference(reference).orElseThrow().getStatut()).isEqualTo(StatutDossier.EN_EXAMEN);
  }

  @Test
  void de_bout_en_bout_declaration_examen_pieces_fabrique_et_expedition_visibles_de_l_assure() {
    var famille = comptes.famille();
    var citoyen = en(famille);
    Map<String, Object> corps = CarteVitaleApiIntTest.corps(famille.parent().valeur(), "vol");
    @SuppressWarnings("unchecked")
    Map<String, Object> adresse = (Map<String, Object>) corps.get("adresse");
    adresse.put("ligne1", "27 rue des Vignes");
    adresse.put("ligne2", "Chez M. Durand");

    var declaration = citoyen.post("/api/cartes-vitale/declarations", corps);
    assertThat(declaration.statut()).isEqualTo(201);
    String reference = declaration.json().path("reference").asText();
    assertThat(declaration.json().path("statut").asText()).isEqualTo("en_examen");

    var agent = http.en("agent.droits");
    JsonNode taches = agent.get("/engine-rest/task?candidateGroup=gestion-droits&processInstanceBusinessKey=" + reference).json();
    assertThat(taches).hasSize(1);
    String tache = taches.get(0).path("id").asText();
    assertThat(agent.get("/engine-rest/task/" + tache + "/form-variables").json().path("motifRevue").path("value").asText())
        .isEqualTo("Adresse d'envoi différente de l'adresse du compte");
    assertThat(agent.post("/engine-rest/task/" + tache + "/claim", Map.of("userId", "agent.droits")).statut()).isEqualTo(204);
    assertThat(agent.post("/engine-rest/task/" + tache + "/submit-form", variables(Map.of("decision", "accepter"))).statut()).isEqualTo(204);
    assertThat(citoyen.get("/api/cartes-vitale/declarations/" + reference).json().path("statut").asText()).isEqualTo("pieces_attendues");

    var bonnes = new CarteVitaleApiIntTest();
    bonnes.http = http;
    var pieces = bonnes.envoyerPieces(famille, "/api/cartes-vitale/declarations/" + reference + "/pieces",
        "photo.jpg", ProcessusCarteVitaleIntTest.JPEG, "passeport.pdf", ProcessusCarteVitaleIntTest.PDF);
    assertThat(pieces.statut()).isEqualTo(200);

    jobs.duDossier(reference);
    assertThat(citoyen.get("/api/cartes-vitale/declarations/" + reference).json().path("statut").asText()).isEqualTo("en_fabrication");
    HorlogeDeTest.depasser(delais.getFabriqueSimulee().getDelaiFabrication());
    fabrique.transmettreReponsesEchues();
    jobs.duDossier(reference);
    HorlogeDeTest.depasser(delais.getFabriqueSimulee().getDelaiExpedition());
    fabrique.transmettreReponsesEchues();
    jobs.duDossier(reference);

    JsonNode dossier = citoyen.get("/api/cartes-vitale/declarations/" + reference).json();
    assertThat(dossier.path("statut").asText()).isEqualTo("carte_expediee");
    assertThat(dossier.path("numeroSuivi").asText()).matches("1L\\d{11}");
    assertThat(dossier.path("historique").findValuesAsText("statut")).containsExactly(
        "declaree", "en_examen", "pieces_attendues", "pieces_recues", "en_fabrication", "carte_fabriquee", "carte_expediee");
    JsonNode moi = CarteVitaleApiIntTest.personne(citoyen.get("/api/cartes-vitale").json(), famille.parent());
    assertThat(moi.path("cartes").findValuesAsText("statut")).containsExactlyInAnyOrder("expediee", "en_opposition");
    assertThat(citoyen.get("/api/notifications").json().path("notifications").findValuesAsText("titre"))
        .contains("Déclaration de vol enregistrée", "Carte Vitale expédiée");
  }
}
