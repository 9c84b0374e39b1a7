package fr.cpam.demarches.cartevitale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.Nir;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Ma carte Vitale" does the démarches itself: a loss or theft declared, a first card ordered,
 * from the space's own forms, with the carte Vitale module's rules (the API's words next to each
 * field, every error at once, nothing recorded when one is left), then the dossier in "Mes
 * démarches" with its reference.
 */
@TestIntegration
class CarteDepuisMonEspaceIntTest {

  private static final Pattern DOSSIER = Pattern.compile("/espace/demarches/(CV-[A-Z0-9-]+)");

  @Autowired Http http;
  @Autowired ComptesDeTest comptes;

  @Test
  void une_declaration_incomplete_dit_chaque_erreur_sans_rien_enregistrer_puis_la_carte_de_paul_est_mise_en_opposition() {
    ComptesDeTest.Famille famille = comptes.famille();
    SessionWebapp anne = SessionWebapp.espace(http.url(""), famille.identifiant(), ComptesDeTest.CODE);
    String formulaire = lien(anne.get("/espace/carte-vitale").body(), "Déclarer la perte ou le vol de la carte de Paul");
    assertThat(formulaire).startsWith("/espace/carte-vitale/declaration?personne=");
    String page = anne.get(formulaire).body();
    assertThat(page).contains("<h1>Déclarer la perte ou le vol d&#39;une carte Vitale</h1>")
        .contains("value=\"" + famille.ado().valeur() + "\" selected")
        .contains("value=\"3 place de la Mairie\"").contains("value=\"44000\"")
        // Tom (9) has no card of his own, Zoé (13) none to declare.
        .doesNotContain(">Tom MARTIN<").doesNotContain(">Zoé MARTIN<");

    Map<String, String> champs = new HashMap<>(Map.of(
        "beneficiaire", famille.ado().valeur(), "motif", "", "ligne1", "3 place de la Mairie", "codePostal", "4400", "commune", "Nantes"));
    HttpResponse<String> refus = anne.formulaire(formulaire, "/espace/carte-vitale/declaration", champs);
    assertThat(refus.statusCode()).isEqualTo(200);
    assertThat(refus.body()).contains("<title>Erreur : Déclarer la perte ou le vol")
        .contains("Il y a un problème")
        .contains("id=\"motif-erreur\"").contains("Choisissez le motif du renouvellement")
        .contains("id=\"codePostal-erreur\"").contains("value=\"4400\"")
        .contains("id=\"engagementRestitution-erreur\"").contains("Cochez la case")
        .contains("href=\"#motif\"").contains("href=\"#engagementRestitution\"");
    assertThat(dossiersDe(famille, famille.ado())).isEmpty();

    champs.putAll(Map.of("motif", "vol", "codePostal", "44000", "engagementRestitution", "true"));
    HttpResponse<String> envoi = anne.formulaire(formulaire, "/espace/carte-vitale/declaration", champs);
    assertThat(envoi.statusCode()).isEqualTo(302);
    Matcher dossier = DOSSIER.matcher(envoi.headers().firstValue("Location").orElse(""));
    assertThat(dossier.find()).isTrue();
    String reference = dossier.group(1);
    assertThat(anne.get("/espace/demarches/" + reference).body())
        .contains("Déclaration enregistrée").contains("Votre référence : " + reference)
        .contains("<h1>Déclaration de vol de la carte Vitale</h1>").contains("Carte mise en opposition");
    JsonNode paul = personne(famille, famille.ado());
    assertThat(paul.path("dossiers").findValuesAsText("reference")).containsExactly(reference);
    assertThat(paul.path("cartes").get(0).path("statut").asText()).isNotEqualTo("active");
  }

  @Test
  void zoe_qui_a_13_ans_recoit_sa_premiere_carte_commandee_depuis_ma_carte_vitale_tom_qui_a_9_ans_non() {
    ComptesDeTest.Famille famille = comptes.famille();
    SessionWebapp anne = SessionWebapp.espace(http.url(""), famille.identifiant(), ComptesDeTest.CODE);
    String carte = anne.get("/espace/carte-vitale").body();
    assertThat(carte).doesNotContain("Commander une première carte pour Tom").doesNotContain("Commander une première carte pour Paul");
    String formulaire = lien(carte, "Commander une première carte pour Zoé");
    assertThat(anne.get(formulaire).body()).contains("<h1>Commander une première carte Vitale</h1>")
        .contains("value=\"" + famille.collegien().valeur() + "\" selected").doesNotContain(">Tom MARTIN<");

    HttpResponse<String> refus = anne.formulaire(formulaire, "/espace/carte-vitale/commande", Map.of(
        "beneficiaire", famille.enfant().valeur(), "ligne1", "3 place de la Mairie", "codePostal", "44000", "commune", ""));
    assertThat(refus.body()).contains("<title>Erreur : Commander une première carte Vitale")
        .contains("id=\"beneficiaire-erreur\"").contains("a moins de 12 ans")
        .contains("id=\"commune-erreur\"").contains("Indiquez la commune.");
    assertThat(dossiersDe(famille, famille.enfant())).isEmpty();

    HttpResponse<String> envoi = anne.formulaire(formulaire, "/espace/carte-vitale/commande", Map.of(
        "beneficiaire", famille.collegien().valeur(), "ligne1", "3 place de la Mairie", "codePostal", "44000", "commune", "Nantes"));
    assertThat(envoi.statusCode()).isEqualTo(302);
    Matcher dossier = DOSSIER.matcher(envoi.headers().firstValue("Location").orElse(""));
    assertThat(dossier.find()).isTrue();
    assertThat(anne.get("/espace/demarches/" + dossier.group(1)).body())
        .contains("Demande de carte enregistrée").contains("Votre référence : " + dossier.group(1));
    assertThat(dossiersDe(famille, famille.collegien())).containsExactly(dossier.group(1));
    // The same order again: refused next to the person, as the API does (409), nothing more recorded.
    HttpResponse<String> encore = anne.formulaire(formulaire, "/espace/carte-vitale/commande", Map.of(
        "beneficiaire", famille.collegien().valeur(), "ligne1", "3 place de la Mairie", "codePostal", "44000", "commune", "Nantes"));
    assertThat(encore.statusCode()).isEqualTo(200);
    assertThat(encore.body()).contains("id=\"beneficiaire-erreur\"");
    assertThat(dossiersDe(famille, famille.collegien())).containsExactly(dossier.group(1));
  }

  /** The address of the link (a button) whose text is {@code texte}, as the page gives it. */
  private static String lien(String page, String texte) {
    Matcher m = Pattern.compile("href=\"([^\"]+)\"[^>]*>" + Pattern.quote(texte) + "<").matcher(page);
    assertThat(m.find()).as("lien « " + texte + " »").isTrue();
    return m.group(1).replace("&amp;", "&");
  }

  private JsonNode personne(ComptesDeTest.Famille famille, Nir nir) {
    for (JsonNode p : http.en(famille.identifiant(), ComptesDeTest.CODE).get("/api/cartes-vitale").json()) {
      if (p.path("nir").asText().equals(nir.valeur())) {
        return p;
      }
    }
    throw new AssertionError("personne absente : " + nir.valeur());
  }

  private java.util.List<String> dossiersDe(ComptesDeTest.Famille famille, Nir nir) {
    return personne(famille, nir).path("dossiers").findValuesAsText("reference");
  }
}
