package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiers;
import fr.cpam.demarches.cartevitale.ComptesDeTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The victim in Mon espace: she declares the accident on the space's own page (the module's
 * checks, every error next to its field, nothing recorded while one is left, the 15 days
 * explained, the same accident refused with its dossier), then follows the dossier in "Mes
 * démarches": its status in words, a late declaration flagged, the dated steps without the
 * agents' notes, the question of the agent with the link to her task, the closing.
 */
class AccidentDepuisMonEspaceIntTest extends ProcessusAccidentTiersIntTest {

  static final String FORMULAIRE = "/espace/accident-tiers/declaration";
  private static final Pattern DOSSIER = Pattern.compile("/espace/demarches/(" + PREFIXE_REFERENCE + "-[A-Z0-9-]+)");

  @Autowired Http http;

  @Test
  void declaration_faite_dans_mon_espace_chaque_erreur_a_son_champ_puis_tardive_expliquee_et_le_meme_accident_renvoie_a_son_dossier() {
    var famille = comptes.famille();
    SessionWebapp anne = SessionWebapp.espace(http.url(""), famille.identifiant(), ComptesDeTest.CODE);
    assertThat(anne.get("/espace/demarches").body()).contains("href=\"" + FORMULAIRE + "\"");
    assertThat(anne.get("/espace/").body()).contains("href=\"" + FORMULAIRE + "\"");
    assertThat(anne.get(FORMULAIRE).body())
        .contains("<h1>Déclarer un accident causé par un tiers</h1>")
        .contains("À déclarer dans les 15 jours après l&#39;accident").contains("à temps")
        .contains("ne changent pas, quelle que soit l&#39;issue du recours")
        .contains(">Paul MARTIN<").contains(">Tom MARTIN<").contains(">Morsure d&#39;animal<");

    Map<String, String> champs = new HashMap<>(Map.of(
        "beneficiaire", famille.ado().valeur(), "dateAccident", LocalDate.now(HorlogeDeTest.HORLOGE).plusDays(2).toString(), "lieu", "",
        "natureAccident", "tempete", "circonstances", "Mordu au mollet par le chien du voisin, laissé sans laisse.",
        "tiersConnu", "oui", "referenceArret", "IJ-12"));
    HttpResponse<String> refus = anne.formulaire(FORMULAIRE, FORMULAIRE, champs);
    assertThat(refus.statusCode()).isEqualTo(200);
    assertThat(refus.body()).contains("<title>Erreur : Déclarer un accident causé par un tiers")
        .contains("Il y a un problème")
        .contains("id=\"dateAccident-erreur\"").contains("est dans le futur")
        .contains("id=\"lieu-erreur\"").contains("Indiquez le lieu de l&#39;accident")
        .contains("id=\"natureAccident-erreur\"").contains("« tempete » n&#39;existe pas")
        .contains("id=\"tiersIdentite-erreur\"").contains("id=\"pvOuPlainte-erreur\"")
        .contains("id=\"referenceArret-erreur\"").contains("IJ-2026-K7M2Q-X9PD")
        .contains("href=\"#dateAccident\"").contains("href=\"#pvOuPlainte\"")
        .as("ce qu'elle a écrit reste").contains("Mordu au mollet par le chien du voisin");
    assertThat(dossiers.deProprietaire(famille.identifiant())).as("rien n'est enregistré").isEmpty();

    champs.putAll(Map.of("dateAccident", LocalDate.now(HorlogeDeTest.HORLOGE).minusDays(20).toString(), "lieu", "Rue des Lilas, Rezé",
        "natureAccident", "morsure-animal", "tiersIdentite", "M. Roux, propriétaire du chien", "pvOuPlainte", "non",
        "referenceArret", "", "urgences", "true"));
    HttpResponse<String> envoi = anne.formulaire(FORMULAIRE, FORMULAIRE, champs);
    assertThat(envoi.statusCode()).as(envoi.body()).isEqualTo(302);
    Matcher m = DOSSIER.matcher(envoi.headers().firstValue("Location").orElse(""));
    assertThat(m.find()).isTrue();
    String reference = m.group(1);
    assertThat(anne.get("/espace/demarches/" + reference).body())
        .contains("Déclaration enregistrée (déclaration tardive)").contains("Votre référence : " + reference)
        .contains("<h1>Accident causé par un tiers : morsure d&#39;animal du ")
        .contains("Déclaration reçue (déclaration tardive)")
        .contains("Déclaration reçue hors délai").contains("20 jours après l&#39;accident (délai de 15 jours dépassé)")
        .contains("dans les 15 jours").contains("Paul MARTIN");
    DossierAccidentTiers enregistre = dossier(reference);
    assertThat(enregistre.isEnRetard()).isTrue();
    assertThat(enregistre.isUrgences()).isTrue();
    assertThat(enregistre.getNomBeneficiaire()).isEqualTo("Paul MARTIN");
    assertThat(anne.get("/espace/demarches").body()).contains(reference).contains("Déclaration reçue (déclaration tardive)");

    HttpResponse<String> memeAccident = anne.formulaire(FORMULAIRE, FORMULAIRE,
        new HashMap<>(Map.of("beneficiaire", famille.ado().valeur(), "dateAccident", LocalDate.now(HorlogeDeTest.HORLOGE).minusDays(20).toString(),
            "lieu", "Rezé", "natureAccident", "morsure-animal", "circonstances", "Le même chien, raconté autrement.",
            "tiersConnu", "non", "pvOuPlainte", "non")));
    assertThat(memeAccident.statusCode()).isEqualTo(200);
    assertThat(memeAccident.body()).contains("id=\"dateAccident-erreur\"").contains("déjà déclaré").contains("suivez le dossier " + reference);
    assertThat(dossiers.deProprietaire(famille.identifiant())).hasSize(1);
  }

  @Test
  void la_victime_suit_son_dossier_dans_mes_demarches_repond_a_la_question_de_l_agent_par_sa_tache_et_lit_la_cloture() {
    var famille = comptes.famille();
    String reference = declarer(famille.identifiant(), avec(accidentDeLaRoute(), NATURE, "sport-loisir", TIERS_CONNU, "non",
        PV_OU_PLAINTE, "non", PV_REFERENCE, null));
    SessionWebapp anne = SessionWebapp.espace(http.url(""), famille.identifiant(), ComptesDeTest.CODE);
    String liste = anne.get("/espace/demarches").body();
    assertThat(liste).contains(reference).contains("Accident causé par un tiers : accident de sport ou de loisir du ")
        .contains("Déclaration reçue").doesNotContain("déclaration tardive");

    agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, COMPLEMENT, QUESTION_VICTIME, "Qui vous a fait tomber pendant le match ?");
    assertThat(anne.get("/espace/demarches").body()).contains("Informations demandées à la victime")
        .contains("Compléter ma déclaration (ouvre la tâche)");
    assertThat(anne.get("/espace/").body()).contains("Action attendue de votre part.");
    String dossier = anne.get("/espace/demarches/" + reference).body();
    assertThat(dossier).contains("Ce que vous devez faire")
        .contains("Votre CPAM vous demande de compléter votre déclaration : Qui vous a fait tomber pendant le match ?")
        .contains("Votre CPAM vous demande des informations")
        .contains("Compléter ma déclaration (ouvre la tâche)")
        .as("les notes des agents restent entre agents").doesNotContain("Qualification :");

    victime(famille.identifiant(), reference, REPONSE_VICTIME, "Un joueur adverse, par un tacle par derrière.", TIERS_IDENTITE,
        "Paul Durand, club de Rezé");
    agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, CLASSER, MOTIF,
        "Un tacle régulier en compétition n'engage pas la responsabilité de son auteur.");
    executerJobsDus(reference);
    dossier = anne.get("/espace/demarches/" + reference).body();
    assertThat(dossier).contains("etiquette-fini").contains("Clos : pas de recours contre un tiers")
        .contains("Vous avez répondu à « Compléter la déclaration »")
        .contains("Déclaration de nouveau à l&#39;étude").contains("Un joueur adverse, par un tacle par derrière.")
        .contains("Un tacle régulier en compétition").doesNotContain("Ce que vous devez faire");
    assertThat(dossier.indexOf("Déclaration reçue")).as("les étapes dans l'ordre").isLessThan(dossier.indexOf("Votre CPAM vous demande des informations"));

    var autre = comptes.famille();
    HttpResponse<String> refus = SessionWebapp.espace(http.url(""), autre.identifiant(), ComptesDeTest.CODE).get("/espace/demarches/" + reference);
    assertThat(refus.statusCode()).as("le dossier d'une autre famille n'existe pas pour elle").isEqualTo(404);
  }
}
