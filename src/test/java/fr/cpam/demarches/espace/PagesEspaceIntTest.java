package fr.cpam.demarches.espace;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages of Mon espace say what the API says (same rules, same words, same figures), keep
 * what was typed when they refuse it, and never show a citizen what is not hers: Marc's
 * conversation or payments stay out of Claire's reach whatever she types in the address.
 */
@TestIntegration
class PagesEspaceIntTest {

  @Autowired Http http;
  @Autowired Clock horloge;

  private SessionWebapp claire() {
    return SessionWebapp.espace(http.url(""), Http.CLAIRE, Http.CLAIRE_CODE);
  }

  @Test
  void les_delais_de_traitement_repondent_par_une_phrase_et_disent_chaque_erreur_a_cote_de_son_champ() {
    SessionWebapp claire = claire();
    String envoi = LocalDate.now(horloge).minusDays(3).toString();
    String page = claire.get("/espace/delais?thematique=carte-vitale&dateEnvoi=" + envoi).body();
    assertThat(page).contains("<h1>Délais de traitement</h1>").contains("vous pouvez attendre une réponse vers le");
    String api = http.en(Http.CLAIRE).get("/api/delais-traitement?thematique=carte-vitale&dateEnvoi=" + envoi).json()
        .path("dateEstimee").asText();
    LocalDate attendue = LocalDate.parse(api);
    assertThat(page).contains(String.format("%02d/%02d/%d", attendue.getDayOfMonth(), attendue.getMonthValue(), attendue.getYear()));

    String refus = claire.get("/espace/delais?thematique=&dateEnvoi=2099-01-01").body();
    assertThat(refus).contains("<title>Erreur : Délais de traitement").contains("Il y a un problème")
        .contains("id=\"thematique-erreur\"").contains("Choisissez une thématique.")
        .contains("id=\"dateEnvoi-erreur\"").contains("La date d&#39;envoi ne peut pas être dans le futur.")
        .contains("value=\"2099-01-01\"").doesNotContain("vous pouvez attendre");
  }

  @Test
  void la_simulation_donne_les_chiffres_de_l_api_et_refuse_en_gardant_la_saisie() {
    SessionWebapp claire = claire();
    HttpResponse<String> resultat = claire.formulaire("/espace/simulation-indemnites", "/espace/simulation-indemnites",
        Map.of("dateDebutArret", "2026-03-10", "salaire1", "2 000,00", "salaire2", "2000", "salaire3", "2000"));
    assertThat(resultat.statusCode()).isEqualTo(200);
    var api = http.en(Http.CLAIRE).post("/api/indemnites-journalieres/simulations",
        Map.of("dateDebutArret", "2026-03-10", "salairesBruts", List.of(2000, 2000, 2000))).json();
    for (String champ : List.of("salaireJournalierBase", "montantJournalierBrut", "csg", "crds", "montantJournalierNet")) {
      BigDecimal montant = api.path(champ).decimalValue();
      assertThat(resultat.body()).as(champ).contains(String.format(java.util.Locale.FRANCE, "%.2f €", montant).replace('.', ','));
    }
    assertThat(resultat.body()).contains("Salaire journalier de base", "Plafond", "Carence", "CSG et CRDS");

    HttpResponse<String> refus = claire.formulaire("/espace/simulation-indemnites", "/espace/simulation-indemnites",
        Map.of("dateDebutArret", "", "salaire1", "2000", "salaire2", "-1", "salaire3", "deux mille"));
    assertThat(refus.body()).contains("<title>Erreur : Simuler mes indemnités journalières")
        .contains("Indiquez le premier jour de l&#39;arrêt.")
        .contains("id=\"salaire2-erreur\"").contains("Un salaire brut ne peut pas être négatif.")
        .contains("id=\"salaire3-erreur\"").contains("Saisissez un montant en euros")
        .contains("value=\"deux mille\"").doesNotContain("net par jour indemnisé");
  }

  @Test
  void mes_paiements_filtre_totalise_et_donne_le_releve_mais_jamais_les_paiements_de_marc() {
    SessionWebapp claire = claire();
    String page = claire.get("/espace/paiements?nature=remboursement-soins").body();
    assertThat(page).contains("<h1>Mes paiements</h1>").contains("paiement(s) versé(s)").contains("Remboursement de soins")
        .contains("Télécharger le relevé (PDF)");
    HttpResponse<String> releve = claire.get("/espace/paiements/releve?nature=remboursement-soins");
    assertThat(releve.statusCode()).isEqualTo(200);
    assertThat(releve.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");

    String deMarc = claire.get("/espace/paiements?beneficiaire=178016912345629").body();
    assertThat(deMarc).contains("Il y a un problème").contains("Cette personne n&#39;est pas rattachée à votre compte.")
        .doesNotContain("LEFEBVRE");
    String periode = claire.get("/espace/paiements?du=2026-13-45").body();
    assertThat(periode).contains("id=\"du-erreur\"").contains("value=\"2026-13-45\"");
  }

  @Test
  void claire_n_ouvre_pas_la_conversation_de_marc_en_changeant_l_adresse() {
    var envoi = http.en(Http.MARC, Http.MARC_CODE).post("/api/messagerie/messages", Map.of(
        "motif", "ARRET_TRAVAIL", "type", "question", "objet", "Conversation de Marc", "texte", "Bonjour, où en est mon dossier ?"));
    String reference = envoi.json().path("reference").asText();
    SessionWebapp marc = SessionWebapp.espace(http.url(""), Http.MARC, Http.MARC_CODE);
    assertThat(marc.get("/espace/messagerie/" + reference).body()).contains("Conversation de Marc");

    SessionWebapp claire = claire();
    HttpResponse<String> refus = claire.get("/espace/messagerie/" + reference);
    assertThat(refus.statusCode()).isEqualTo(404);
    assertThat(refus.body()).contains("Page introuvable").doesNotContain("Conversation de Marc", "où en est mon dossier");
    assertThat(claire.formulaire("/espace/messagerie", "/espace/messagerie/" + reference + "/reponse", Map.of("texte", "Intrusion"))
        .statusCode()).isEqualTo(404);
    assertThat(marc.get("/espace/messagerie/" + reference).body()).doesNotContain("Intrusion");
  }

  @Test
  void ecrire_un_message_sans_objet_ni_texte_dit_les_deux_erreurs_et_n_envoie_rien() {
    SessionWebapp claire = claire();
    HttpResponse<String> refus = claire.formulaire("/espace/messagerie/nouveau", "/espace/messagerie/nouveau",
        Map.of("motif", "CARTE_VITALE", "type", "question", "objet", "", "texte", ""));
    assertThat(refus.statusCode()).isEqualTo(200);
    assertThat(refus.body()).contains("<title>Erreur : Écrire un message")
        .contains("Indiquez l&#39;objet de votre message.").contains("Écrivez votre message.")
        .contains("href=\"#objet\"").contains("href=\"#texte\"");
  }

  @Test
  void ma_carte_vitale_montre_chaque_personne_du_compte_et_ce_que_les_regles_permettent() {
    String page = claire().get("/espace/carte-vitale").body();
    assertThat(page).contains("<h1>Ma carte Vitale</h1>").contains("Claire DUBOIS").contains("Léa DUBOIS").contains("Hugo DUBOIS")
        .contains("avant 12 ans, un enfant est rattaché à la carte de ses parents")
        .doesNotContain("Marc");
  }
}
