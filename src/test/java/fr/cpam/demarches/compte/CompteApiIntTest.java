package fr.cpam.demarches.compte;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TestIntegration
class CompteApiIntTest {

  @Autowired Http http;

  @Test
  void claire_voit_son_compte_ses_enfants_et_leurs_cartes() {
    var reponse = http.en(Http.CLAIRE).get("/api/moi");
    assertThat(reponse.statut()).isEqualTo(200);
    JsonNode compte = reponse.json();
    assertThat(compte.path("nir").asText()).isEqualTo("285047511234560");
    assertThat(compte.path("nirFormate").asText()).isEqualTo("2 85 04 75 112 345 60");
    assertThat(compte.path("cpam").path("libelle").asText()).isEqualTo("CPAM de Paris");
    assertThat(compte.path("adresse").path("codePostal").asText()).isEqualTo("75020");
    JsonNode beneficiaires = compte.path("beneficiaires");
    assertThat(beneficiaires).hasSize(3);
    assertThat(beneficiaires.findValuesAsText("prenom")).containsExactly("Claire", "Léa", "Hugo");
    assertThat(beneficiaires.findValuesAsText("qualite")).containsExactly("assure", "enfant", "enfant");
    assertThat(beneficiaires.get(1).path("age").asInt()).isEqualTo(14);
    assertThat(beneficiaires.get(2).path("age").asInt()).isEqualTo(9);
    assertThat(beneficiaires.get(1).path("cartesVitale").get(0).path("libelleStatut").asText()).isEqualTo("Active");
    assertThat(beneficiaires.get(2).path("cartesVitale")).isEmpty();
  }

  @Test
  void la_date_d_affiliation_se_lit_dans_le_compte_et_s_enregistre_par_un_agent_des_droits_ou_des_prestations() {
    assertThat(http.en(Http.MARC, Http.MARC_CODE).get("/api/moi").json().path("dateAffiliation").asText()).isEqualTo("1997-07-01");
    String chemin = "/api/assures/178016912345629/affiliation";

    for (String qui : java.util.List.of(Http.MARC, "agent.accueil", "agent.medical", "superviseur", "employeur")) {
      var refus = qui.equals(Http.MARC) ? http.en(Http.MARC, Http.MARC_CODE).put(chemin, java.util.Map.of("dateAffiliation", "1999-01-01"))
          : http.en(qui).put(chemin, java.util.Map.of("dateAffiliation", "1999-01-01"));
      assertThat(refus.statut()).as(qui).isEqualTo(403);
    }
    var avantNaissance = http.en("agent.droits").put(chemin, java.util.Map.of("dateAffiliation", "1977-12-31"));
    assertThat(avantNaissance.statut()).isEqualTo(422);
    assertThat(avantNaissance.json().path("champ").asText()).isEqualTo("dateAffiliation");
    assertThat(avantNaissance.detail()).contains("ne peut pas précéder la naissance");
    var futur = http.en("agent.prestations").put(chemin, java.util.Map.of("dateAffiliation", "2999-01-01"));
    assertThat(futur.statut()).isEqualTo(422);
    assertThat(futur.detail()).contains("dans le futur");

    var enregistree = http.en("agent.prestations").put(chemin, java.util.Map.of("dateAffiliation", "1997-07-01"));
    assertThat(enregistree.statut()).as(enregistree.corps()).isEqualTo(200);
    assertThat(enregistree.json().path("dateAffiliation").asText()).isEqualTo("1997-07-01");
  }

  @Test
  void le_nir_des_enfants_correspond_a_leur_naissance() {
    JsonNode lea = http.en(Http.CLAIRE).get("/api/moi").json().path("beneficiaires").get(1);
    String nir = lea.path("nir").asText();
    String naissance = lea.path("dateNaissance").asText();
    assertThat(Nir.valider(nir)).isEmpty();
    assertThat(nir.substring(1, 3)).isEqualTo(naissance.substring(2, 4));
    assertThat(nir.substring(3, 5)).isEqualTo(naissance.substring(5, 7));
  }

  @Test
  void un_agent_trouve_un_compte_par_son_nir() {
    var reponse = http.en("agent.accueil").get("/api/assures/178016912345629");
    assertThat(reponse.statut()).isEqualTo(200);
    assertThat(reponse.json().path("nom").asText()).isEqualTo("LEFEBVRE");
    assertThat(reponse.json().path("cpam").path("code").asText()).isEqualTo("691");
  }

  @Test
  void un_nir_mal_saisi_est_refuse_en_disant_quoi_corriger() {
    var reponse = http.en("agent.accueil").get("/api/assures/178016912345628");
    assertThat(reponse.statut()).isEqualTo(422);
    assertThat(reponse.typeContenu()).startsWith("application/problem+json");
    assertThat(reponse.json().path("champ").asText()).isEqualTo("nir");
    assertThat(reponse.detail()).contains("La clé du numéro de sécurité sociale ne correspond pas");

    var court = http.en("agent.accueil").get("/api/assures/1780169");
    assertThat(court.statut()).isEqualTo(422);
    assertThat(court.detail()).contains("vous en avez saisi 7");
  }

  @Test
  void un_nir_sans_compte_repond_introuvable() {
    var reponse = http.en("agent.accueil").get("/api/assures/295109912611193");
    assertThat(reponse.statut()).isEqualTo(404);
    assertThat(reponse.typeContenu()).startsWith("application/problem+json");
    assertThat(reponse.detail()).startsWith("Aucun compte d'assuré pour le NIR 2 95 ** **");
  }

  @Test
  void un_agent_n_a_pas_de_compte_d_assure() {
    assertThat(http.en("agent.accueil").get("/api/moi").statut()).isEqualTo(403);
  }
}
