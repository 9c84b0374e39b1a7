package fr.cpam.demarches.accidenttiers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.navigateur.Navigateur;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Claire declares in Chromium, from Mon espace, that her daughter Léa was bitten by a dog: the
 * form reached from her home page explains the 15 days, an empty send shows every error next to
 * its field, then the declaration with the complaint attached opens the dossier's page, where she
 * reads its status, its first step and the complaint; the dossier is in "Mes démarches". Each
 * page checked with axe-core at 1280 and 320 px. The agents' side is Tasklist's, unchanged
 * ({@code webapps/AccidentTiersNavigateurIntTest}).
 */
@TestIntegration
class AccidentMonEspaceNavigateurIntTest {

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired Http http;

  @Test
  void claire_declare_la_morsure_de_lea_depuis_mon_espace_et_lit_le_statut_de_son_dossier() throws Exception {
    navigateur.connecterEspace(Http.CLAIRE, Http.CLAIRE_CODE);
    navigateur.suivreLien("Déclarer un accident causé par un tiers");
    assertThat(navigateur.titre()).isEqualTo("Déclarer un accident causé par un tiers – Mon espace – Démarches CPAM");
    assertThat(navigateur.texte()).contains("À déclarer dans les 15 jours après l'accident")
        .contains("Vos remboursements et vos indemnités journalières ne changent pas");
    navigateur.verifierAccessibilite("accident-espace-1-formulaire");

    envoyer();
    assertThat(navigateur.titre()).startsWith("Erreur : Déclarer un accident causé par un tiers");
    assertThat(navigateur.texte()).contains("Il y a un problème").contains("Indiquez la personne blessée")
        .contains("Indiquez la date de l'accident").contains("Indiquez si vous connaissez la personne responsable");
    WebElement lieu = navigateur.driver().findElement(By.id("lieu"));
    assertThat(lieu.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(lieu.getAttribute("aria-describedby")).contains("lieu-erreur");
    navigateur.verifierAccessibilite("accident-espace-2-erreurs");

    new Select(navigateur.champ("Personne blessée")).selectByVisibleText("Léa DUBOIS");
    WebElement date = navigateur.champ("Date de l'accident");
    ((JavascriptExecutor) navigateur.driver()).executeScript("arguments[0].value = arguments[1];", date,
        LocalDate.now(HorlogeDeTest.HORLOGE).minusDays(5).toString());
    navigateur.remplir("Lieu de l'accident", "Square des Batignolles, Paris 17e");
    new Select(navigateur.champ("Genre d'accident")).selectByVisibleText("Morsure d'animal");
    navigateur.remplir("Circonstances", "Mordue à la main par un chien sans laisse pendant qu'elle jouait au square.");
    cliquer("tiersConnu");
    navigateur.remplir("Identité du responsable (si vous la connaissez)", "M. Petit, propriétaire du chien");
    cliquer("pvOuPlainte");
    navigateur.remplir("Référence du procès-verbal ou de la plainte (facultatif)", "Plainte 2026/118");
    Path plainte = Files.createTempFile("plainte", ".pdf");
    Files.write(plainte, AccidentsTiersApiIntTest.PDF);
    navigateur.driver().findElement(By.id("piecePv")).sendKeys(plainte.toString());
    cliquer("urgences");
    navigateur.capture("accident-espace-3-rempli");
    envoyer();

    assertThat(navigateur.adresse()).contains("/espace/demarches/" + AccidentTiersProcess.PREFIXE_REFERENCE + "-");
    String reference = navigateur.adresse().substring(navigateur.adresse().lastIndexOf('/') + 1);
    assertThat(navigateur.texte()).contains("Déclaration enregistrée").contains("Votre référence : " + reference)
        .contains("Accident causé par un tiers : morsure d'animal du").contains("Léa DUBOIS")
        .contains("Déclaration reçue").contains("Procès-verbal ou plainte : plainte");
    assertThat(navigateur.driver().findElement(By.cssSelector(".etiquette")).getText()).isEqualTo("Déclaration reçue");
    navigateur.verifierAccessibilite("accident-espace-4-dossier");

    navigateur.suivreLien("Retour à mes démarches");
    assertThat(navigateur.texte()).contains(reference).contains("Accident causé par un tiers : morsure d'animal du");
    Files.deleteIfExists(plainte);
  }

  private void envoyer() {
    String avant = navigateur.adresse() + navigateur.titre();
    WebElement bouton = navigateur.driver().findElement(By.xpath("//button[normalize-space()=\"Déclarer l'accident\"]"));
    ((JavascriptExecutor) navigateur.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", bouton);
    bouton.click();
    navigateur.attendre(d -> !(navigateur.adresse() + navigateur.titre()).equals(avant)
        && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'")));
  }

  private void cliquer(String id) {
    WebElement champ = navigateur.driver().findElement(By.id(id));
    ((JavascriptExecutor) navigateur.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", champ);
    champ.click();
  }
}
