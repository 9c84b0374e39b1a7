package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.TestIntegrationFormation;
import fr.cpam.demarches.navigateur.Navigateur;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The trainer's pages in Chromium, as the trainer goes through them: the sessions with the room's
 * day, a form sent empty then filled, the learners' sheet, a move of the room's clock, the close
 * after its confirmation. Every page checked with axe-core at 1280 px and at 320 px.
 */
@TestIntegrationFormation
class SessionsFormationNavigateurIntTest {

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  private void envoyer() {
    navigateur.driver().findElement(By.cssSelector("main form[method='post'] button[type='submit']")).click();
    navigateur.attendre(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  @Test
  void le_formateur_cree_une_session_imprime_les_comptes_avance_l_horloge_et_ferme_la_session() {
    navigateur.connecterEspace("formateur", "demo");
    navigateur.attendreTexte("Heure du serveur");
    assertThat(navigateur.titre()).isEqualTo("Sessions de formation – Formation – Démarches CPAM");
    navigateur.verifierAccessibilite("formation-sessions");

    navigateur.suivreLien("Nouvelle session");
    navigateur.driver().findElement(By.id("titre")).clear();
    navigateur.driver().findElement(By.id("stagiaires")).clear();
    envoyer();
    navigateur.attendreTexte("Il y a un problème");
    assertThat(navigateur.texte()).contains("Indiquez le titre de la session.", "Choisissez au moins un scénario.");
    assertThat(navigateur.driver().findElement(By.id("titre")).getAttribute("aria-invalid")).isEqualTo("true");
    navigateur.verifierAccessibilite("formation-nouvelle-session-erreurs");

    navigateur.driver().findElement(By.id("titre")).sendKeys("Accueil des nouveaux agents");
    navigateur.driver().findElement(By.id("stagiaires")).sendKeys("2");
    for (WebElement c : navigateur.driver().findElements(By.cssSelector("input[name='scenarios']")).subList(0, 2)) {
      c.click();
    }
    envoyer();
    navigateur.attendreTexte("Comptes des stagiaires");
    assertThat(navigateur.driver().findElements(By.cssSelector(".mot-de-passe"))).hasSize(2);
    navigateur.verifierAccessibilite("formation-session-creee");

    navigateur.suivreLien("J'ai imprimé ou noté les mots de passe");
    assertThat(navigateur.texte()).contains("Accueil des nouveaux agents", "Jour de la session");
    navigateur.driver().findElement(By.partialLinkText("Progression")).click();
    navigateur.attendreTexte("Jour de la session : ");
    navigateur.driver().findElement(By.xpath("//button[normalize-space()='+1 jour ouvré']")).click();
    navigateur.attendreTexte("+1 jour ouvré : la session est au ");
    navigateur.verifierAccessibilite("formation-horloge-avancee");
    navigateur.suivreLien("Retour aux sessions");

    navigateur.driver().findElement(By.partialLinkText("Fermer")).click();
    navigateur.attendreTexte("Cette action ne peut pas être annulée.");
    navigateur.verifierAccessibilite("formation-fermer-session");
    envoyer();
    navigateur.attendreTexte("» fermée");
    assertThat(navigateur.texte()).doesNotContain("Code de la session");
  }
}
