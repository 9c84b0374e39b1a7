package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.navigateur.Navigateur;
import fr.cpam.demarches.performance.NouveauxAssures;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist as Claire sees it: after "Commencer", the first step of her démarche opens by itself
 * (no reload, no click in the list); around her form, none of the agents' tools (groups, dates,
 * comments, priority, diagram), which the server refuses her anyway
 * ({@code engine/DroitsParRoleIntTest}); the form's own words in French. An agent keeps the tools.
 */
@TestIntegration
class TasklistAssureNavigateurIntTest {

  /** What Tasklist shows an agent around a task, and a citizen must not see. */
  static final List<String> OUTILS_DES_AGENTS =
      List.of("Ajouter des groupes", "Fixer l’échéance", "Fixer la date de suivi", "Ajouter un commentaire", "Schéma");

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;

  @Autowired NouveauxAssures assures;

  private final java.util.Date debut = new java.util.Date(System.currentTimeMillis() - 1000);

  /** Claire's dossiers opened here wait at their first form, where nothing is recorded yet: they go. */
  @AfterEach
  void retirerLesDossiersDeClaire() {
    historyService.createHistoricProcessInstanceQuery().startedBy(Http.CLAIRE).startedAfter(debut).unfinished().list()
        .forEach(d -> runtimeService.deleteProcessInstance(d.getId(), "fin du test"));
  }

  @Test
  void claire_voit_sa_premiere_tache_aussitot_sans_les_outils_des_agents() {
    navigateur.connecterTasklist(Http.CLAIRE, Http.CLAIRE_CODE);
    navigateur.demarrerDemarche("Déclarer la perte ou le vol de la carte Vitale");
    navigateur.commencer();

    // No reload, no click in the list: the task opens, and the list counts it.
    navigateur.attendre(d -> d.findElements(By.cssSelector(".task-details .fjs-form")).isEmpty() ? null : Boolean.TRUE);
    navigateur.attendreTexte("Personne qui a besoin d'une nouvelle carte");
    assertThat(navigateur.texte()).contains("Déclarer la perte ou le vol");
    assertThat(navigateur.texte()).as("« Mes tâches » compte la nouvelle tâche").doesNotContain("Mes tâches (0)");
    assertThat(navigateur.adresse()).contains("task=" + tacheDeClaire());
    navigateur.capture("tasklist-assure-1-premiere-tache-ouverte");

    sansOutilsDesAgents();
    // Her way to Mon espace, in the header next to her name.
    WebElement monEspace = navigateur.attendre(d -> d.findElements(By.cssSelector("[cam-widget-header] .demarches-mon-espace a")).stream()
        .findFirst().orElse(null));
    assertThat(monEspace.getText()).isEqualTo("Mon espace");
    assertThat(monEspace.getAttribute("href")).endsWith("/espace/");
    navigateur.verifierAccessibilite("tasklist-assure-2-formulaire");
  }

  /** Hugo (9) cannot have a card of his own: he is not left out of the list without a word. */
  @Test
  void commander_une_carte_dit_pourquoi_une_personne_n_est_pas_dans_la_liste_en_francais() {
    navigateur.connecterTasklist(Http.CLAIRE, Http.CLAIRE_CODE);
    navigateur.demarrerDemarche("Commander une première carte Vitale");
    navigateur.commencer();
    navigateur.attendreTexte("Personne pour qui la carte est demandée");
    navigateur.attendreTexte("Hugo DUBOIS : 9 ans ; avant 12 ans, un enfant figure sur la carte Vitale de ses parents.");
    navigateur.attendreTexte("Choisir…");
    assertThat(navigateur.texteDuChamp("Personne pour qui la carte est demandée")).doesNotContain("Select");
    navigateur.capture("tasklist-assure-3-commande-personnes-exclues");
    sansOutilsDesAgents();

    // Nothing is recorded yet: she may give it up, and the dossier ends "annulée par l'assuré".
    HistoricProcessInstance dossier = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("CarteVitaleCommande").startedBy(Http.CLAIRE).startedAfter(debut).singleResult();
    navigateur.attendreTexte("Abandonner cette démarche");
    navigateur.cliquer("Abandonner cette démarche");
    navigateur.attendreTexte("Annuler la démarche « Commander une première carte Vitale » (dossier " + dossier.getBusinessKey() + ") ?");
    navigateur.cliquer("Oui, annuler la démarche");
    WebElement suite = navigateur.attendre(d -> d.findElements(By.cssSelector(".demarches-suite")).stream().findFirst().orElse(null));
    navigateur.attendre(d -> suite.getText().contains("Démarche annulée") ? Boolean.TRUE : null);
    assertThat(suite.getText()).contains(dossier.getBusinessKey());
    navigateur.capture("tasklist-assure-4-commande-abandonnee");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(dossier.getId()).singleResult().getDeleteReason())
        .isEqualTo("Annulée par l'assuré");

    // Mes démarches keeps it, closed, with the day she gave it up; the space's own order form.
    suite.findElement(By.tagName("a")).click();
    navigateur.attendreTexte("Démarche commencée dans vos tâches");
    assertThat(navigateur.adresse()).endsWith("/espace/demarches/" + dossier.getBusinessKey());
    assertThat(navigateur.texte()).contains("Commander une première carte Vitale", "Annulée par l'assuré",
        fr.cpam.demarches.HorlogeDeTest.aujourdhui().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    navigateur.verifierAccessibilite("espace-dossier-annule");
    navigateur.ouvrir("/espace/carte-vitale/commande");
    navigateur.attendreTexte("Commander une première carte Vitale");
    navigateur.verifierAccessibilite("espace-carte-commande");
  }

  /**
   * The end of her form says what happened, as the CPAM tells it (the card put in opposition, the
   * attestation to download), and leads to the dossier in Mon espace.
   */
  @Test
  void la_fin_d_une_declaration_dit_ce_qui_s_est_passe_et_mene_au_dossier() {
    Nir assure = assures.nouveau();
    navigateur.connecterTasklist(assure.identifiant(), NouveauxAssures.CODE);
    navigateur.demarrerDemarche("Déclarer la perte ou le vol de la carte Vitale");
    navigateur.commencer();
    navigateur.attendreTexte("Personne qui a besoin d'une nouvelle carte");
    navigateur.choisir("Motif du renouvellement", "Vol");
    // Tasklist's footer lies over the bottom of the form: the box is brought to the middle first.
    navigateur.fermerNotifications();
    ((org.openqa.selenium.JavascriptExecutor) navigateur.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        navigateur.champ("Je m'engage à restituer ma carte si je la retrouve"));
    navigateur.cocher("Je m'engage à restituer ma carte si je la retrouve");
    navigateur.valider();

    WebElement suite = navigateur.attendre(d -> d.findElements(By.cssSelector(".demarches-suite")).stream().findFirst().orElse(null));
    String reference = historyService.createHistoricProcessInstanceQuery().startedBy(assure.identifiant()).singleResult().getBusinessKey();
    assertThat(suite.getText())
        .contains("Déclaration de vol enregistrée", reference, "mise en opposition", "attestation de droits")
        .contains("Suivre le dossier " + reference + " dans Mon espace");
    assertThat(suite.findElement(By.tagName("a")).getAttribute("href")).endsWith("/espace/demarches/" + reference);
    navigateur.verifierAccessibilite("tasklist-assure-5-declaration-envoyee");
  }

  @Test
  void l_agent_garde_ses_outils() {
    navigateur.connecterTasklist("agent.accueil", "demo");
    navigateur.attendre(d -> d.findElement(By.tagName("body")).getAttribute("class").contains("demarches-outils-agents") ? Boolean.TRUE : null);
    assertThat(navigateur.driver().findElement(By.tagName("body")).getAttribute("class")).doesNotContain("demarches-assure");
    assertThat(navigateur.driver().findElements(By.cssSelector(".demarches-mon-espace"))).as("pas de lien vers Mon espace").isEmpty();
  }

  private void sansOutilsDesAgents() {
    navigateur.attendre(d -> d.findElement(By.tagName("body")).getAttribute("class").contains("demarches-assure") ? Boolean.TRUE : null);
    String page = navigateur.texte();
    assertThat(page).doesNotContain(OUTILS_DES_AGENTS);
    List<WebElement> visibles = navigateur.driver()
        .findElements(By.cssSelector("[cam-tasklist-task-meta] .meta, .createCommentLink, .tasks-list .task .priority, .task-details .instance-link"))
        .stream().filter(WebElement::isDisplayed).toList();
    assertThat(visibles).as("outils des agents visibles").isEmpty();
    assertThat(navigateur.driver().findElements(By.cssSelector(".task-details .nav-tabs > li")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).map(String::strip))
        .containsExactly("Formulaire", "Historique");
  }

  private String tacheDeClaire() {
    HistoricProcessInstance dossier = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("CarteVitalePerteVol").startedBy(Http.CLAIRE).unfinished().orderByProcessInstanceStartTime().desc()
        .list().get(0);
    return historyService.createHistoricTaskInstanceQuery().processInstanceId(dossier.getId()).unfinished().singleResult().getId();
  }
}
