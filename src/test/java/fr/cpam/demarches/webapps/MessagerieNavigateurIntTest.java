package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.navigateur.Navigateur;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole conversation in Tasklist: Claire writes to her CPAM (the start form refuses an empty
 * message in French), the agent of the service the message is routed to sees "Traiter le
 * message" with its due date and asks for more, Claire finds "Compléter votre demande" in "Mes
 * tâches" and answers, the agent answers and the conversation is closed. The asynchronous steps
 * (sending the question, recording the answer, sending the reply) are run by the test as the job
 * executor would.
 */
@TestIntegration
class MessagerieNavigateurIntTest {

  static final String AGENT = "agent.droits";

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired Http http;
  @Autowired HistoryService historyService;
  @Autowired JobsDus jobs;

  @Test
  void claire_ecrit_l_agent_demande_un_complement_claire_repond_et_l_agent_clot_la_conversation() {
    String objet = "Carte Vitale illisible " + UUID.randomUUID().toString().substring(0, 6);

    navigateur.connecterTasklist(Http.CLAIRE, Http.CLAIRE_CODE);
    navigateur.demarrerDemarche("Message d'un assuré");
    navigateur
        .choisir("Motif", "Carte Vitale")
        .choisir("Type de message", "Question")
        .remplir("Objet", objet);
    assertThat(navigateur.commencerSansSucces()).as("message vide").contains("Champ obligatoire");
    assertThat(navigateur.texteDuChamp("Votre message")).contains("Champ obligatoire").doesNotContain("Field");
    navigateur.capture("messagerie-1-message-vide-refuse");
    assertThat(dossier(objet)).as("rien n'est enregistré").isNull();
    navigateur.remplir("Votre message", "Bonjour, ma carte Vitale n'est plus lue par le pharmacien. Que faire ?");
    navigateur.commencer();
    HistoricProcessInstance dossier = dossier(objet);
    assertThat(dossier).as("message enregistré").isNotNull();
    String reference = dossier.getBusinessKey();

    navigateur.deconnecter();
    navigateur.connecterTasklist(AGENT, "demo");
    navigateur.choisirFiltre("Tâches de mon service");
    String ligne = ligneDeLaTache(reference);
    assertThat(ligne).contains("Traiter le message", "Échéance dans");
    navigateur.ouvrirTache(reference);
    navigateur.attendreTexte(objet);
    assertThat(navigateur.texte()).contains("Réponse attendue au plus tard le", "n'est plus lue par le pharmacien");
    navigateur.capture("messagerie-2-traiter-le-message");
    navigateur.prendreEnCharge();
    navigateur
        .choisir("Suite à donner", "Demander un complément à l'assuré")
        .remplir("Question à l'assuré", "Votre carte est-elle fendue ou la puce est-elle rayée ?");
    navigateur.capture("messagerie-3-question-a-l-assure");
    navigateur.valider();
    jobs.deLInstance(dossier.getId());

    navigateur.deconnecter();
    navigateur.connecterTasklist(Http.CLAIRE, Http.CLAIRE_CODE);
    navigateur.choisirFiltre("Mes tâches");
    assertThat(ligneDeLaTache(reference)).contains("Compléter votre demande");
    navigateur.ouvrirTache(reference);
    navigateur.attendreTexte("Votre carte est-elle fendue ou la puce est-elle rayée ?");
    assertThat(navigateur.texte()).contains("Dossier " + reference, objet);
    navigateur.remplir("Votre réponse", "La puce est rayée, la carte n'est pas fendue.");
    navigateur.capture("messagerie-4-completer-votre-demande");
    navigateur.valider();
    jobs.deLInstance(dossier.getId());

    navigateur.deconnecter();
    navigateur.connecterTasklist(AGENT, "demo");
    navigateur.choisirFiltre("Tâches de mon service");
    navigateur.ouvrirTache(reference);
    navigateur.attendreTexte("La puce est rayée, la carte n'est pas fendue.");
    navigateur.prendreEnCharge();
    navigateur
        .choisir("Suite à donner", "Répondre à l'assuré et clore")
        .remplir("Réponse à l'assuré", "Une carte à la puce rayée se remplace : déclarez-la comme dysfonctionnement.");
    navigateur.capture("messagerie-5-reponse-de-l-agent");
    navigateur.valider();
    jobs.deLInstance(dossier.getId());

    JsonNode conversation = http.en(Http.CLAIRE, Http.CLAIRE_CODE).get("/api/messagerie/conversations/" + reference).json();
    assertThat(conversation.path("statut").path("code").asText()).isEqualTo("CLOTUREE");
    assertThat(conversation.path("echanges").findValuesAsText("texte"))
        .containsSubsequence(
            "Bonjour, ma carte Vitale n'est plus lue par le pharmacien. Que faire ?",
            "Votre carte est-elle fendue ou la puce est-elle rayée ?",
            "La puce est rayée, la carte n'est pas fendue.",
            "Une carte à la puce rayée se remplace : déclarez-la comme dysfonctionnement.");
  }

  private HistoricProcessInstance dossier(String objet) {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("MessageAssure")
        .variableValueEquals("objet", objet)
        .singleResult();
  }

  /** The entry of the task list for the dossier, as the person reads it. */
  private String ligneDeLaTache(String reference) {
    return navigateur.attendre(d -> d.findElements(org.openqa.selenium.By.cssSelector(".tasks-list .task")).stream()
        .map(org.openqa.selenium.WebElement::getText)
        .filter(t -> t.contains(reference))
        .findFirst()
        .orElse(null));
  }
}
