package fr.cpam.demarches.connexion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.navigateur.Navigateur;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole FranceConnect round trip in Chromium against the demo's simulated provider: the
 * button on the shared login page, Claire chosen on the provider's page, Mon espace then Tasklist
 * open as Claire, and the logout that goes through the provider's end-session address and back.
 * The login page and the refusal page checked by axe-core at 1280 and 320 px.
 */
@TestIntegration
class FranceConnectNavigateurIntTest {

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired DemoFranceConnect simulateur;

  @Test
  void claire_s_identifie_avec_franceconnect_ouvre_tasklist_et_se_deconnecte_chez_le_fournisseur() {
    navigateur.ouvrir("/espace/connexion");
    navigateur.verifierAccessibilite("franceconnect-page-de-connexion");
    navigateur.suivreLien("S'identifier avec FranceConnect");
    navigateur.attendreTexte("Choisissez la personne qui se connecte");
    assertThat(navigateur.adresse()).startsWith(simulateur.adresse()).contains("acr_values=eidas1");
    navigateur.capture("franceconnect-fournisseur-simule");

    navigateur.cliquer("Continuer en tant que Claire");
    navigateur.attendre(d -> d.getCurrentUrl().endsWith("/espace/") ? Boolean.TRUE : null);
    assertThat(navigateur.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Bonjour Claire DUBOIS");

    navigateur.ouvrir("/camunda/app/tasklist/");
    navigateur.attendre(d -> d.findElements(By.cssSelector("[cam-widget-header] .account")).stream()
        .anyMatch(e -> e.getText().contains("Claire DUBOIS")) ? Boolean.TRUE : null);
    navigateur.capture("franceconnect-tasklist-claire");

    navigateur.ouvrir("/espace/");
    navigateur.cliquer("Se déconnecter");
    navigateur.attendreTexte("Vous êtes déconnecté(e)");
    assertThat(navigateur.adresse()).endsWith("/espace/connexion?deconnexion");
    navigateur.ouvrir("/espace/");
    navigateur.attendre(d -> d.getCurrentUrl().contains("/espace/connexion") ? Boolean.TRUE : null);
  }

  @Test
  void la_page_d_un_refus_dit_quoi_faire_et_reste_accessible() {
    navigateur.ouvrir("/connexion/franceconnect/refus?motif=plusieurs");
    navigateur.attendreTexte("Votre identité correspond à plusieurs comptes");
    assertThat(navigateur.texte()).contains("3646", "Aller à la page de connexion");
    navigateur.verifierAccessibilite("franceconnect-refus");
  }
}
