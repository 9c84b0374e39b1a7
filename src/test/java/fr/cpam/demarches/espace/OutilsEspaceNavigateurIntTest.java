package fr.cpam.demarches.espace;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.navigateur.Navigateur;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Claire's tools in Chromium: the délais de traitement chosen by thématique then "Valider", the
 * simulation of daily allowances with its steps, Ma carte Vitale; and Marc's dossier,
 * conversation and payments out of her reach whatever she types in the address bar. Every page
 * checked with axe-core at 1280 px and at 320 px.
 */
@TestIntegration
class OutilsEspaceNavigateurIntTest {

  private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired Http http;
  @Autowired JdbcTemplate jdbc;

  @Test
  void claire_choisit_une_thematique_et_obtient_la_date_de_reponse_en_une_phrase_puis_simule_ses_indemnites() {
    navigateur.connecterEspace(Http.CLAIRE, Http.CLAIRE_CODE);
    navigateur.suivreLien("Délais de traitement");
    assertThat(navigateur.titre()).isEqualTo("Délais de traitement – Mon espace – Démarches CPAM");
    navigateur.verifierAccessibilite("espace-delais");

    // Nothing chosen: both errors in the summary and next to their field.
    navigateur.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
    navigateur.attendreTexte("Il y a un problème");
    assertThat(navigateur.driver().findElement(By.id("thematique")).getAttribute("aria-invalid")).isEqualTo("true");
    navigateur.verifierAccessibilite("espace-delais-erreur");

    LocalDate envoi = HorlogeDeTest.aujourdhui().minusDays(3);
    new Select(navigateur.driver().findElement(By.id("thematique"))).selectByValue("carte-vitale");
    navigateur.saisirDate("dateEnvoi", envoi);
    navigateur.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
    navigateur.attendreTexte("Votre réponse");
    LocalDate attendue = LocalDate.parse(http.en(Http.CLAIRE)
        .get("/api/delais-traitement?thematique=carte-vitale&dateEnvoi=" + envoi).json().path("dateEstimee").asText());
    String phrase = navigateur.driver().findElement(By.cssSelector(".encart strong")).getText();
    assertThat(phrase).contains(envoi.format(JOUR)).contains("vous pouvez attendre une réponse vers le " + attendue.format(JOUR));
    navigateur.verifierAccessibilite("espace-delais-reponse");

    // The simulation: each step explained, the API's figures.
    navigateur.suivreLien("Simuler mes indemnités journalières");
    assertThat(navigateur.titre()).isEqualTo("Simuler mes indemnités journalières – Mon espace – Démarches CPAM");
    navigateur.verifierAccessibilite("espace-simulation");
    navigateur.saisirDate("dateDebutArret", LocalDate.of(2026, 3, 10));
    for (String salaire : new String[] {"salaire1", "salaire2", "salaire3"}) {
      navigateur.driver().findElement(By.id(salaire)).sendKeys("2000");
    }
    navigateur.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
    navigateur.attendreTexte("Salaire journalier de base");
    java.math.BigDecimal net = http.en(Http.CLAIRE).post("/api/indemnites-journalieres/simulations",
            Map.of("dateDebutArret", "2026-03-10", "salairesBruts", java.util.List.of(2000, 2000, 2000)))
        .json().path("montantJournalierNet").decimalValue();
    assertThat(navigateur.texte()).contains("Plafond", "Carence", "CSG et CRDS", String.format(java.util.Locale.FRANCE, "%.2f €", net));
    navigateur.verifierAccessibilite("espace-simulation-resultat");

    navigateur.suivreLien("Ma carte Vitale");
    assertThat(navigateur.titre()).isEqualTo("Ma carte Vitale – Mon espace – Démarches CPAM");
    assertThat(navigateur.texte()).contains("Claire DUBOIS", "Léa DUBOIS", "Hugo DUBOIS");
    navigateur.verifierAccessibilite("espace-carte-vitale");

    // The declaration's form, sent empty: every error in the summary and next to its field, nothing recorded.
    navigateur.ouvrir("/espace/carte-vitale/declaration");
    assertThat(navigateur.titre()).isEqualTo("Déclarer la perte ou le vol d'une carte Vitale – Mon espace – Démarches CPAM");
    navigateur.verifierAccessibilite("espace-carte-declaration");
    navigateur.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
    navigateur.attendreTexte("Il y a un problème");
    assertThat(navigateur.driver().findElement(By.id("beneficiaire")).getAttribute("aria-invalid")).isEqualTo("true");
    navigateur.verifierAccessibilite("espace-carte-declaration-erreur");
  }

  @Test
  void claire_n_ouvre_ni_le_dossier_ni_la_conversation_ni_les_paiements_de_marc_en_changeant_l_adresse() {
    String arretDeMarc = jdbc.queryForObject(
        "select reference from arret_travail where nir like ? order by id fetch first 1 rows only", String.class, "1780169123456%");
    String conversationDeMarc = http.en(Http.MARC, Http.MARC_CODE).post("/api/messagerie/messages", Map.of(
            "motif", "ARRET_TRAVAIL", "type", "question", "objet", "Question de Marc", "texte", "Où en est mon arrêt ?"))
        .json().path("reference").asText();

    navigateur.connecterEspace(Http.CLAIRE, Http.CLAIRE_CODE);
    for (String adresse : new String[] {"/espace/demarches/" + arretDeMarc, "/espace/messagerie/" + conversationDeMarc}) {
      navigateur.ouvrir(adresse);
      assertThat(navigateur.driver().findElement(By.tagName("h1")).getText()).as(adresse).isEqualTo("Page introuvable");
      assertThat(navigateur.texte()).as(adresse).doesNotContain("LEFEBVRE", "Question de Marc", "Où en est mon arrêt", "Exception");
    }
    navigateur.verifierAccessibilite("espace-introuvable");
    navigateur.ouvrir("/espace/paiements?beneficiaire=178016912345629");
    assertThat(navigateur.texte()).contains("Il y a un problème", "Cette personne n'est pas rattachée à votre compte.")
        .doesNotContain("LEFEBVRE");
    assertThat(navigateur.driver().findElements(By.cssSelector("main table"))).isEmpty();
  }
}
