package fr.cpam.demarches.connexion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.navigateur.Navigateur;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * « Créer un compte » as an insured person does it in Chromium: the link under Tasklist's login
 * form, the identity form (errors, then right), the e-mail's link read in the demo's mailbox, the
 * choice of the code (errors, then right), and Tasklist opened with it. Each page checked by
 * axe-core at 1280 and 320 px: no serious or critical violation.
 */
@TestIntegration
class CreationCompteNavigateurIntTest {

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired CompteService comptes;
  @Autowired Citoyens citoyens;

  private void saisir(String id, String valeur) {
    WebElement champ = navigateur.driver().findElement(By.id(id));
    champ.clear();
    champ.sendKeys(valeur);
  }

  private void envoyer() {
    navigateur.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
  }

  @Test
  void l_assure_cree_son_compte_confirme_son_adresse_choisit_son_code_et_ouvre_tasklist() {
    String nir = citoyens.assureSansCompte().valeur();
    String email = "nouveau-" + UUID.randomUUID() + "@example.fr";

    navigateur.ouvrir("/camunda/app/tasklist/default/#/login");
    navigateur.attendre(d -> d.findElements(By.cssSelector("a.demarches-creer-compte")).stream().findFirst().orElse(null)).click();
    navigateur.attendreTexte("Recevoir le lien de confirmation");
    assertThat(navigateur.titre()).isEqualTo("Créer un compte – Mon espace – Démarches CPAM");
    navigateur.verifierAccessibilite("creer-compte");

    envoyer();
    navigateur.attendreTexte("Il y a un problème");
    assertThat(navigateur.texte()).contains("Indiquez le numéro de sécurité sociale (15 caractères, clé comprise).");
    navigateur.verifierAccessibilite("creer-compte-erreurs");

    saisir("nir", nir);
    saisir("nom", "Testeur");
    saisir("prenom", "Paul");
    // Chromium's date field takes the digits in the order of its locale; the value it sends is AAAA-MM-JJ.
    ((org.openqa.selenium.JavascriptExecutor) navigateur.driver())
        .executeScript("document.getElementById('dateNaissance').value = '1990-05-02'");
    saisir("email", email);
    envoyer();
    navigateur.attendreTexte("Ces informations ne correspondent à aucun assuré");
    navigateur.verifierAccessibilite("creer-compte-identite-inconnue");

    ((org.openqa.selenium.JavascriptExecutor) navigateur.driver())
        .executeScript("document.getElementById('dateNaissance').value = '1990-05-01'");
    envoyer();
    navigateur.attendreTexte("Consultez vos courriels");
    navigateur.verifierAccessibilite("creer-compte-lien-envoye");

    navigateur.ouvrir("/demo/courriels");
    String lien = navigateur.attendre(d -> {
      d.navigate().refresh();
      Matcher m = Pattern.compile("À " + Pattern.quote(email) + "[\\s\\S]*?https?://\\S+(/connexion/creer-compte/confirmer\\?jeton=\\S+)")
          .matcher(navigateur.texte());
      return m.find() ? m.group(1) : null;
    });

    navigateur.ouvrir(lien);
    navigateur.attendreTexte("Choisir votre code personnel");
    navigateur.verifierAccessibilite("creer-compte-code");
    saisir("code", "1111");
    saisir("confirmation", "1111");
    envoyer();
    navigateur.attendreTexte("difficile à deviner");
    navigateur.verifierAccessibilite("creer-compte-code-erreurs");
    saisir("code", "5792");
    saisir("confirmation", "5792");
    envoyer();
    navigateur.attendreTexte("Votre compte est créé");
    navigateur.verifierAccessibilite("creer-compte-cree");

    navigateur.connecterTasklist(nir.substring(0, 13), "5792");
    assertThat(navigateur.filtres()).isNotEmpty();
  }
}
