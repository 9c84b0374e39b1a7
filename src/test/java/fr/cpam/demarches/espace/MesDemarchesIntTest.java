package fr.cpam.demarches.espace;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Mes démarches" shows a citizen her dossiers and her beneficiaries', never another's: a
 * reference of someone else's dossier typed in the address answers as one that does not exist.
 */
@TestIntegration
class MesDemarchesIntTest {

  @Autowired Http http;

  @Test
  void le_message_de_marc_est_dans_ses_demarches_et_claire_ne_l_ouvre_pas_en_changeant_l_adresse() {
    var envoi = http.en(Http.MARC, Http.MARC_CODE).post("/api/messagerie/messages", Map.of(
        "motif", "ARRET_TRAVAIL", "type", "question", "objet", "Mon arrêt de mars", "texte", "Bonjour, où en est mon arrêt ?"));
    assertThat(envoi.statut()).as(envoi.corps()).isEqualTo(201);
    String reference = envoi.json().path("reference").asText();

    SessionWebapp marc = SessionWebapp.espace(http.url(""), Http.MARC, Http.MARC_CODE);
    assertThat(marc.get("/espace/demarches").body()).contains(reference).contains("Message à votre CPAM : « Mon arrêt de mars »");
    var dossier = marc.get("/espace/demarches/" + reference);
    assertThat(dossier.statusCode()).isEqualTo(200);
    assertThat(dossier.body()).contains("<h1>Message à votre CPAM : « Mon arrêt de mars »</h1>").contains("Votre message envoyé");

    SessionWebapp claire = SessionWebapp.espace(http.url(""), Http.CLAIRE, Http.CLAIRE_CODE);
    var refus = claire.get("/espace/demarches/" + reference);
    assertThat(refus.statusCode()).isEqualTo(404);
    assertThat(refus.body()).contains("Page introuvable").doesNotContain("Mon arrêt de mars");
    assertThat(claire.get("/espace/demarches").body()).doesNotContain(reference);
    var inexistant = claire.get("/espace/demarches/CV-0000-000000");
    assertThat(inexistant.statusCode()).as("la même réponse que pour un dossier qui n'existe pas").isEqualTo(404);
    assertThat(inexistant.body()).contains("Aucune de vos démarches n&#39;a la référence CV-0000-000000.");
  }

  @Test
  void une_page_au_dela_de_la_derniere_ou_mal_ecrite_montre_une_page_de_la_liste() {
    SessionWebapp claire = SessionWebapp.espace(http.url(""), Http.CLAIRE, Http.CLAIRE_CODE);
    assertThat(claire.get("/espace/demarches?page=abc").statusCode()).isEqualTo(200);
    assertThat(claire.get("/espace/demarches?page=-3").statusCode()).isEqualTo(200);
    assertThat(claire.get("/espace/demarches?page=99999").statusCode()).isEqualTo(200);
  }
}
