package fr.cpam.demarches.espace;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.navigateur.Navigateur;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Mon espace in Chromium as its users meet it: the shared login page, a wrong code said next to
 * its field, the home page, Tasklist opened by the same login with its "Mon espace" link, an
 * agent refused. Every page checked with axe-core at 1280 px and at 320 px.
 */
@TestIntegration
class EspaceNavigateurIntTest {

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Test
  void une_erreur_de_code_est_dite_a_cote_du_champ_puis_claire_arrive_sur_son_accueil_puis_dans_ses_taches() {
    navigateur.ouvrir("/espace/connexion");
    assertThat(navigateur.titre()).isEqualTo("Se connecter – Mon espace – Démarches CPAM");
    assertThat(navigateur.langueDeLaPage()).isEqualTo("fr");
    navigateur.verifierAccessibilite("espace-connexion");

    // An identifier nobody has (its own: another test's failures on one would make this one wait): the same
    // words as a wrong code, and no account gets a delay.
    navigateur.connecterEspace("1999999999991", "0000");
    assertThat(navigateur.titre()).startsWith("Erreur : se connecter");
    WebElement code = navigateur.driver().findElement(By.id("code"));
    assertThat(code.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(code.getAttribute("aria-describedby")).contains("code-erreur");
    assertThat(navigateur.driver().findElement(By.id("code-erreur")).getText()).contains("Identifiant ou code personnel incorrect");
    assertThat(navigateur.driver().findElement(By.id("identifiant")).getAttribute("value")).isEqualTo("1999999999991");
    navigateur.verifierAccessibilite("espace-connexion-erreur");

    navigateur.connecterEspace(Http.CLAIRE, Http.CLAIRE_CODE);
    assertThat(navigateur.adresse()).endsWith("/espace/");
    assertThat(navigateur.titre()).isEqualTo("Accueil – Mon espace – Démarches CPAM");
    assertThat(navigateur.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Bonjour Claire DUBOIS");
    assertThat(navigateur.texte()).contains("CPAM de Paris").contains("Mes tâches à faire (").contains("Dernier paiement");
    navigateur.verifierAccessibilite("espace-accueil");

    // Keyboard only: the first Tab reaches the skip link, which leads to the content.
    navigateur.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement evitement = navigateur.driver().switchTo().activeElement();
    assertThat(evitement.getText()).isEqualTo("Aller au contenu");

    // The same session opens Tasklist.
    navigateur.suivreLien(lienTaches());
    navigateur.attendre(d -> d.findElements(By.cssSelector("[cam-widget-header] .account")).stream()
        .anyMatch(e -> e.getText().contains("Claire DUBOIS")) ? Boolean.TRUE : null);
    navigateur.capture("espace-tasklist-meme-session");
  }

  @Test
  void un_agent_qui_se_connecte_arrive_dans_tasklist_et_mon_espace_lui_repond_403_en_francais() {
    navigateur.connecterEspace("agent.droits", "demo");
    navigateur.attendre(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/") ? Boolean.TRUE : null);
    navigateur.ouvrir("/espace/");
    assertThat(navigateur.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
    assertThat(navigateur.texte()).contains("réservé aux assurés").doesNotContain("Exception");
    navigateur.verifierAccessibilite("espace-acces-refuse");
  }

  private String lienTaches() {
    return navigateur.driver().findElement(By.cssSelector(".personne a")).getText();
  }
}
