package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.analyse.HistoriqueConnu;
import fr.cpam.demarches.navigateur.Navigateur;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plugin "Analyses" of Cockpit as an analyst uses it, on the known history of
 * {@link HistoriqueConnu}: the tab of the process, the figures on the diagram, the comparison of
 * the two versions, the event log downloaded with her session. An agent does not get into Cockpit,
 * and our API refuses him the figures.
 */
@TestIntegration
class AnalysesNavigateurIntTest {

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired HistoriqueConnu historique;
  @Autowired RepositoryService repositoryService;

  @Test
  void l_analyste_voit_les_chiffres_sur_le_diagramme_compare_deux_versions_et_telecharge_le_journal() {
    historique.construire();
    String version1 =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(HistoriqueConnu.PROCESSUS).processDefinitionVersion(1)
            .singleResult().getId();

    connecterACockpit("analyste");
    navigateur.ouvrir("/camunda/app/cockpit/default/#/process-definition/" + version1 + "/runtime");
    ouvrirOnglet("Analyses");
    // The version lists are replaced once, when the first figures arrive with the known versions:
    // choosing before that would act on the empty list the tab opens with.
    navigateur.attendre(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#demarches-version option[value='1']")));
    new Select(navigateur.driver().findElement(By.id("demarches-version"))).selectByValue("1");
    navigateur.driver().findElement(By.cssSelector(".demarches-analyses-filtres button[type='submit']")).click();

    WebElement examiner = navigateur.attendre(d -> {
      List<WebElement> badges = d.findElements(By.cssSelector(".demarches-analyses-badge[data-activite='Task_Examiner']"));
      return badges.isEmpty() || !badges.get(0).getText().contains("méd. 40 min") ? null : badges.get(0);
    });
    assertThat(examiner.getText()).contains("6").contains("méd. 40 min").contains("p90 1 h 50 min")
        .contains("attente 30 min").contains("traitement 10 min");
    assertThat(navigateur.driver().findElement(By.cssSelector(".demarches-analyses-flux[data-flux='Flow_Complet']")).getText())
        .isEqualTo("3 · 60 %");
    assertThat(navigateur.driver().findElement(By.cssSelector(".demarches-analyses-flux[data-flux='Flow_Incomplet']")).getText())
        .isEqualTo("2 · 40 %");
    assertThat(navigateur.texte()).contains("Dossiers démarrés").contains("Les dix dossiers les plus longs");
    navigateur.capture("analyses-1-diagramme-et-tableau");

    // Sorting the table by its column "Passages".
    navigateur.driver().findElement(By.xpath("//table[caption[starts-with(., 'Activités')]]//th/button[normalize-space()='Passages']")).click();
    String premiere = navigateur.driver().findElement(By.cssSelector(".demarches-analyses-table tbody tr th")).getText();
    assertThat(premiere).isIn("Examiner la demande", "Demande reçue");

    // Comparison: version 1 (A) against version 2 (B).
    new Select(navigateur.driver().findElement(By.id("demarches-version-a"))).selectByValue("1");
    new Select(navigateur.driver().findElement(By.id("demarches-version-b"))).selectByValue("2");
    navigateur.cliquer("Comparer");
    WebElement ligne = navigateur.attendre(d -> d.findElements(By.xpath(
        "//div[contains(@class,'demarches-comparaison-resultat')]//tr[th[starts-with(normalize-space(), 'Examiner la demande')]]"))
        .stream().findFirst().orElse(null));
    assertThat(ligne.getText()).contains("40 min").contains("10 min").contains("−30 min");
    navigateur.capture("analyses-2-comparaison");

    // The event log, downloaded with the browser's session.
    String lien = navigateur.driver().findElement(By.cssSelector("a.demarches-export-xes")).getAttribute("href");
    assertThat(lien).contains("/api/analyses/processus/TestAnalyses/journal").contains("format=xes").contains("version=1");
    @SuppressWarnings("unchecked")
    Map<String, Object> telechargement = (Map<String, Object>) ((JavascriptExecutor) navigateur.driver()).executeAsyncScript(
        "const fini = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => fini({statut: r.status,"
            + " fichier: r.headers.get('Content-Disposition'), debut: t.substring(0, 200), traces: (t.match(/<trace>/g) || []).length})))",
        lien);
    assertThat(telechargement.get("statut")).isEqualTo(200L);
    assertThat((String) telechargement.get("fichier")).contains("attachment").contains(".xes");
    assertThat((String) telechargement.get("debut")).startsWith("<?xml").contains("<log xes.version=\"1849.2016\"");
    assertThat(telechargement.get("traces")).isEqualTo(6L);
  }

  @Test
  void un_agent_n_a_pas_l_onglet_analyses() {
    pageDeConnexionDeCockpit();
    navigateur.saisirConnexion("cockpit", "agent.droits", "demo");
    assertThat(navigateur.messageDeConnexion()).contains("votre profil ne donne pas accès");
    assertThat(navigateur.driver().findElements(By.xpath("//a[normalize-space()='Analyses']"))).isEmpty();
    navigateur.capture("analyses-3-agent-refuse");

    // Logged in to Tasklist, the same session is refused the figures by our API.
    navigateur.connecterTasklist("agent.droits", "demo");
    Object statut = ((JavascriptExecutor) navigateur.driver()).executeAsyncScript(
        "const fini = arguments[arguments.length - 1];"
            + "fetch('/api/analyses/processus/TestAnalyses/statistiques', {credentials: 'same-origin'}).then(r => fini(r.status))");
    assertThat(statut).isEqualTo(403L);
  }

  /**
   * Cockpit's first page in a fresh browser loads its whole bundle and its plugins: on a busy
   * machine its loader sometimes never ends (seen once per JVM, its own scripts never asked for).
   * Loaded again from the browser's cache, it shows; then the test logs in as a person would.
   */
  private void pageDeConnexionDeCockpit() {
    for (int essai = 1; ; essai++) {
      navigateur.ouvrir("/camunda/app/cockpit/default/#/login");
      try {
        new WebDriverWait(navigateur.driver(), Duration.ofSeconds(60))
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (essai == 3) {
          throw e;
        }
        navigateur.driver().get("about:blank");
      }
    }
  }

  /** Logs in to Cockpit; on a busy machine, once more if the page did not follow the login. */
  private void connecterACockpit(String identifiant) {
    for (int essai = 1; ; essai++) {
      pageDeConnexionDeCockpit();
      navigateur.saisirConnexion("cockpit", identifiant, "demo");
      try {
        new WebDriverWait(navigateur.driver(), Duration.ofSeconds(90))
            .until(d -> !d.findElements(By.cssSelector("[cam-widget-header] .navbar-brand.app-banner")).isEmpty());
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (essai == 3) {
          throw e;
        }
      }
    }
  }

  private void ouvrirOnglet(String nom) {
    navigateur.attendre(d -> d.findElements(By.cssSelector(".ctn-tabbed-content .nav-tabs a, .nav-tabs a")).stream()
        .filter(a -> a.getText().strip().equals(nom)).findFirst().orElse(null)).click();
  }
}
