package fr.cpam.demarches.connexion;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.navigateur.Navigateur;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * « Code oublié » as a citizen does it in Chromium: the link under Tasklist's login form, the form
 * (errors, then right), the confirmation, the e-mail in the demo's mailbox, and Tasklist opened
 * with the new code. Each page checked by axe-core at 1280 and 320 px: no serious or critical
 * violation.
 */
@TestIntegration
class CodeOublieNavigateurIntTest {

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired CompteService comptes;
  @Autowired Citoyens citoyens;

  @Test
  void l_assure_demande_un_code_le_lit_dans_ses_courriels_et_ouvre_tasklist() {
    String email = "paul-" + UUID.randomUUID() + "@example.fr";
    String identifiant = citoyens.avecCourriel(email);

    navigateur.ouvrir("/camunda/app/tasklist/default/#/login");
    navigateur.attendre(d -> d.findElements(By.cssSelector("a.demarches-code-oublie")).stream().findFirst().orElse(null)).click();
    navigateur.attendreTexte("Recevoir un nouveau code");
    assertThat(navigateur.titre()).isEqualTo("Code oublié – Mon espace – Démarches CPAM");
    accessible("code-oublie");

    navigateur.driver().findElement(By.cssSelector("form button[type='submit']")).click();
    navigateur.attendreTexte("Il y a un problème");
    assertThat(navigateur.texte()).contains("Indiquez votre numéro de sécurité sociale (13 caractères, sans la clé).");
    accessible("code-oublie-erreurs");

    navigateur.driver().findElement(By.id("identifiant")).sendKeys(identifiant);
    navigateur.driver().findElement(By.id("email")).sendKeys(email);
    navigateur.driver().findElement(By.cssSelector("form button[type='submit']")).click();
    navigateur.attendreTexte("Demande enregistrée");
    accessible("code-oublie-enregistree");

    navigateur.ouvrir("/demo/courriels");
    String code = navigateur.attendre(d -> {
      d.navigate().refresh();
      Matcher m = Pattern.compile("À " + Pattern.quote(email) + "[\\s\\S]*?Votre nouveau code personnel : (\\d{4})").matcher(navigateur.texte());
      return m.find() ? m.group(1) : null;
    });
    accessible("boite-aux-lettres-demo");

    navigateur.connecterTasklist(identifiant, code);
    assertThat(navigateur.filtres()).isNotEmpty();
  }

  /** axe-core at 1280 px then 320 px wide; a capture of each. */
  private void accessible(String nom) {
    for (int largeur : List.of(1280, 320)) {
      navigateur.driver().manage().window().setSize(new Dimension(largeur, 900));
      List<Rule> graves = new AxeBuilder().analyze(navigateur.driver()).getViolations().stream()
          .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
          .toList();
      navigateur.capture("code-oublie-" + nom + "-" + largeur);
      assertThat(graves).as(nom + " à " + largeur + " px : " + graves.stream().map(Rule::getId).toList()).isEmpty();
    }
    navigateur.driver().manage().window().setSize(new Dimension(1366, 900));
  }
}
