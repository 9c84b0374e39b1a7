package fr.cpam.demarches.espace;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.performance.NouveauxAssures;
import java.time.format.DateTimeFormatter;
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
  @Autowired NouveauxAssures assures;

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

  /**
   * A démarche she gave up in Tasklist before sending her first form: nothing was recorded by the
   * procedure, yet it stays in Mes démarches, closed, "Annulée par l'assuré", with its dates.
   */
  @Test
  void une_demarche_abandonnee_se_lit_annulee_par_l_assure_avec_sa_date() {
    Nir nir = assures.nouveau();
    Http.Client assure = http.en(nir.identifiant(), NouveauxAssures.CODE);
    var demarrage = assure.post("/engine-rest/process-definition/key/CarteVitaleCommande/start", "{}");
    assertThat(demarrage.statut()).as(demarrage.corps()).isEqualTo(200);
    String reference = demarrage.json().path("businessKey").asText();
    assertThat(assure.post("/api/demarches/" + reference + "/abandon", "{}").statut()).isEqualTo(200);
    String aujourdhui = HorlogeDeTest.aujourdhui().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    SessionWebapp session = SessionWebapp.espace(http.url(""), nir.identifiant(), NouveauxAssures.CODE);
    String liste = session.get("/espace/demarches").body();
    assertThat(liste).contains(reference, "Commander une première carte Vitale", "Annulée par l&#39;assuré", aujourdhui);
    var dossier = session.get("/espace/demarches/" + reference);
    assertThat(dossier.statusCode()).isEqualTo(200);
    assertThat(dossier.body())
        .contains("<h1>Commander une première carte Vitale</h1>", "etiquette-fini")
        .contains("Démarche commencée dans vos tâches", "rien n&#39;a été transmis à votre CPAM")
        .containsPattern("<time[^>]*>" + aujourdhui + " à \\d\\d:\\d\\d</time>\\s*<strong>Annulée par l&#39;assuré</strong>")
        .as("la tâche retirée par l'annulation n'est pas une réponse").doesNotContain("Vous avez répondu");
    // Nobody else reads it.
    assertThat(SessionWebapp.espace(http.url(""), Http.CLAIRE, Http.CLAIRE_CODE).get("/espace/demarches/" + reference).statusCode())
        .isEqualTo(404);
  }

  @Test
  void une_page_au_dela_de_la_derniere_ou_mal_ecrite_montre_une_page_de_la_liste() {
    SessionWebapp claire = SessionWebapp.espace(http.url(""), Http.CLAIRE, Http.CLAIRE_CODE);
    assertThat(claire.get("/espace/demarches?page=abc").statusCode()).isEqualTo(200);
    assertThat(claire.get("/espace/demarches?page=-3").statusCode()).isEqualTo(200);
    assertThat(claire.get("/espace/demarches?page=99999").statusCode()).isEqualTo(200);
  }
}
