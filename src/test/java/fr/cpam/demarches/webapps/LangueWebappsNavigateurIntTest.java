package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.navigateur.Navigateur;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** French by default; English stays available to English browsers. */
@TestIntegration
class LangueWebappsNavigateurIntTest {

  @Nested
  class NavigateurEnAnglais {
    @RegisterExtension final Navigateur navigateur = new Navigateur("en-US");

    @Test
    void la_page_de_connexion_reste_en_anglais() {
      navigateur.ouvrir("/camunda/app/tasklist/default/#/login");
      navigateur.attendreTexte("Log in");
      assertThat(navigateur.langueDeLaPage()).isEqualTo("en");
      assertThat(navigateur.driver().findElement(By.cssSelector("input[type='text']")).getAttribute("placeholder"))
          .isEqualTo("Username");
      assertThat(navigateur.texte()).contains("Insured person: your social security number");
    }
  }

  @Nested
  class NavigateurEnAllemand {
    @RegisterExtension final Navigateur navigateur = new Navigateur("de-DE");

    @Test
    void la_page_de_connexion_est_en_francais_langue_par_defaut() {
      navigateur.ouvrir("/camunda/app/tasklist/default/#/login");
      navigateur.attendreTexte("Se connecter");
      assertThat(navigateur.langueDeLaPage()).isEqualTo("fr");
      assertThat(navigateur.texte()).contains("Assuré(e) : votre numéro de sécurité sociale").doesNotContain("Anmelden");
    }
  }
}
