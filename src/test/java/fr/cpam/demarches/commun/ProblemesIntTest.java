package fr.cpam.demarches.commun;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The API's answers to mistakes are French problem+json, never a stack trace. */
@TestIntegration
class ProblemesIntTest {

  @Autowired Http http;

  @Test
  void une_adresse_inconnue_de_l_api_repond_404_en_francais() {
    var reponse = http.en(Http.CLAIRE).get("/api/inexistant");
    assertThat(reponse.statut()).isEqualTo(404);
    assertThat(reponse.typeContenu()).startsWith("application/problem+json");
    assertThat(reponse.detail()).isEqualTo("Aucun service n'existe à cette adresse.");
  }

  @Test
  void une_methode_non_prevue_repond_405_en_francais() {
    var reponse = http.en(Http.CLAIRE).post("/api/moi", "{}");
    assertThat(reponse.statut()).isEqualTo(405);
    assertThat(reponse.json().path("title").asText()).isEqualTo("Méthode non autorisée");
    assertThat(reponse.corps()).doesNotContain("Exception").doesNotContain("at fr.");
  }

  @Test
  void sans_identifiants_la_reponse_dit_comment_se_connecter() {
    var reponse = http.anonyme().get("/api/moi");
    assertThat(reponse.statut()).isEqualTo(401);
    assertThat(reponse.detail()).contains("numéro de sécurité sociale (13 chiffres)");
  }

  @Test
  void la_documentation_de_l_api_demande_une_connexion() {
    assertThat(http.anonyme().get("/v3/api-docs").statut()).isEqualTo(401);
    var docs = http.en("agent.accueil").get("/v3/api-docs");
    assertThat(docs.statut()).isEqualTo(200);
    assertThat(docs.json().path("paths").has("/api/moi")).isTrue();
  }

  @Test
  void la_sante_est_publique_mais_pas_les_metriques() {
    assertThat(http.anonyme().get("/actuator/health").statut()).isEqualTo(200);
    assertThat(http.anonyme().get("/actuator/metrics").statut()).isEqualTo(401);
    assertThat(http.en(Http.CLAIRE).get("/actuator/metrics").statut()).isEqualTo(403);
    assertThat(http.en("admin").get("/actuator/metrics").statut()).isEqualTo(200);
  }
}
