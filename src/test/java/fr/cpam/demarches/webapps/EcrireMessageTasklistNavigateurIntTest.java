package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.navigateur.Navigateur;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A real procedure from Tasklist, end to end in a browser: Claire writes to her CPAM with the
 * start form of "Message d'un assuré", and the agent of the service the message is routed to
 * finds it in "Tâches de mon service" and reads it, with its dossier reference. At the end of her
 * form, Tasklist tells her the reference and leads her to the conversation in Mon espace.
 */
@TestIntegration
class EcrireMessageTasklistNavigateurIntTest {

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;

  @Test
  void claire_ecrit_a_sa_cpam_depuis_tasklist_et_l_agent_du_service_trouve_son_message() {
    String objet = "Carte Vitale abîmée " + UUID.randomUUID().toString().substring(0, 6);

    navigateur.connecterTasklist(Http.CLAIRE, Http.CLAIRE_CODE);
    navigateur.demarrerDemarche("Message d'un assuré");
    navigateur
        .choisir("Motif", "Carte Vitale")
        .choisir("Type de message", "Question")
        .remplir("Objet", objet)
        .remplir("Votre message", "Bonjour, ma carte Vitale ne passe plus chez le pharmacien. Que dois-je faire ?");
    navigateur.capture("tasklist-ecrire-un-message");
    navigateur.commencer();

    HistoricProcessInstance dossier =
        historyService.createHistoricProcessInstanceQuery()
            .processDefinitionKey("MessageAssure")
            .variableValueEquals("objet", objet)
            .singleResult();
    assertThat(dossier).as("message enregistré").isNotNull();
    assertThat(dossier.getStartUserId()).isEqualTo(Http.CLAIRE);
    String reference = (String) runtimeService.getVariable(dossier.getId(), "reference");
    assertThat(reference).startsWith("MS-");

    // The end of her form says what happened, with the reference, and leads to the conversation.
    WebElement suite = navigateur.attendre(d -> d.findElements(By.cssSelector(".demarches-suite")).stream()
        .filter(e -> e.getText().contains(reference)).findFirst().orElse(null));
    assertThat(suite.getText()).contains("Suivre le dossier " + reference + " dans Mon espace");
    assertThat(suite.getAttribute("role")).isEqualTo("status");
    navigateur.verifierAccessibilite("tasklist-message-envoye");
    suite.findElement(By.tagName("a")).click();
    navigateur.attendreTexte(objet);
    assertThat(navigateur.adresse()).endsWith("/espace/messagerie/" + reference);
    assertThat(navigateur.texte()).contains("Bonjour, ma carte Vitale ne passe plus");
    navigateur.capture("espace-message-envoye-depuis-tasklist");
    navigateur.ouvrir("/camunda/app/tasklist/default/");
    navigateur.attendre(d -> d.findElements(By.cssSelector("[cam-widget-header] .account")).isEmpty() ? null : Boolean.TRUE);

    navigateur.deconnecter();
    navigateur.connecterTasklist("agent.droits", "demo");
    navigateur.choisirFiltre("Tâches de mon service");
    assertThat(navigateur.taches()).contains("Traiter le message");
    navigateur.ouvrirTache("Traiter le message"); // the newest first: this one
    navigateur.attendreTexte(objet);
    navigateur.capture("tasklist-message-pour-le-service");
    assertThat(navigateur.texte()).contains(reference, "Bonjour, ma carte Vitale ne passe plus");
  }
}
