package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.navigateur.Navigateur;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Claire writes to her CPAM from her space with a document attached (a mistake first, said next
 * to its field); agent.droits asks her for more in Tasklist; Claire sees the unread answer on
 * her home page, reads it (which marks it read) and sends the complement from the conversation.
 */
@TestIntegration
class MessagerieEspaceNavigateurIntTest {

  static final String AGENT = "agent.droits";

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired Http http;
  @Autowired HistoryService historyService;
  @Autowired JobsDus jobs;

  @Test
  void claire_ecrit_avec_une_piece_jointe_l_agent_demande_un_complement_et_claire_le_lit_puis_repond() throws Exception {
    String objet = "Carte de Léa " + UUID.randomUUID().toString().substring(0, 6);
    Path photo = Files.createTempFile("carte-lea-", ".png");
    Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0});

    navigateur.connecterEspace(Http.CLAIRE, Http.CLAIRE_CODE);
    navigateur.suivreLien("Messagerie");
    assertThat(navigateur.titre()).isEqualTo("Messagerie – Mon espace – Démarches CPAM");
    navigateur.verifierAccessibilite("espace-messagerie");
    navigateur.suivreLien("Écrire un message");
    navigateur.verifierAccessibilite("espace-message-nouveau");

    // Sent without a text: the rule's words next to the field, what was typed kept, nothing sent.
    new org.openqa.selenium.support.ui.Select(navigateur.driver().findElement(By.id("motif"))).selectByVisibleText("Carte Vitale");
    navigateur.driver().findElement(By.id("objet")).sendKeys(objet);
    navigateur.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
    navigateur.attendreTexte("Il y a un problème");
    assertThat(navigateur.titre()).startsWith("Erreur : Écrire un message");
    assertThat(navigateur.driver().findElement(By.id("texte-erreur")).getText()).contains("Écrivez votre message.");
    assertThat(navigateur.driver().findElement(By.id("texte")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(navigateur.driver().findElement(By.id("objet")).getAttribute("value")).isEqualTo(objet);
    navigateur.verifierAccessibilite("espace-message-nouveau-erreur");
    assertThat(dossier(objet)).as("rien n'est envoyé").isNull();

    navigateur.driver().findElement(By.id("texte")).sendKeys("Bonjour, la carte de Léa est fendue : voici une photo.");
    navigateur.driver().findElement(By.id("piecesJointes")).sendKeys(photo.toAbsolutePath().toString());
    navigateur.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
    navigateur.attendreTexte("Message envoyé");
    String reference = dossier(objet);
    assertThat(reference).isNotNull();
    assertThat(navigateur.texte()).contains("Votre référence : " + reference, "Pièce jointe : " + photo.getFileName());
    navigateur.verifierAccessibilite("espace-conversation-envoyee");
    navigateur.driver().findElement(By.cssSelector("header form button[type='submit']")).click();
    navigateur.attendreTexte("Vous êtes déconnecté(e)");

    navigateur.connecterTasklist(AGENT, "demo");
    navigateur.choisirFiltre("Tâches de mon service");
    navigateur.ouvrirTache(reference);
    navigateur.attendreTexte(objet);
    navigateur.prendreEnCharge();
    navigateur.choisir("Suite à donner", "Demander un complément à l'assuré")
        .remplir("Question à l'assuré", "La puce est-elle rayée, ou seulement le plastique ?");
    navigateur.valider();
    jobs.deLInstance(processus(reference));
    navigateur.deconnecter();

    navigateur.connecterEspace(Http.CLAIRE, Http.CLAIRE_CODE);
    String nonLus = navigateur.driver().findElements(By.cssSelector(".carte")).stream()
        .filter(c -> c.getText().contains("Messages non lus")).findFirst().orElseThrow().getText();
    assertThat(nonLus).doesNotContain("\n0 ");
    navigateur.suivreLien("Messagerie");
    assertThat(navigateur.texte()).contains(objet, "Non lu");
    navigateur.driver().findElement(By.linkText(objet)).click();
    navigateur.attendreTexte("La puce est-elle rayée, ou seulement le plastique ?");
    assertThat(navigateur.texte()).contains("Envoyer le complément demandé");
    navigateur.verifierAccessibilite("espace-conversation-complement");
    navigateur.driver().findElement(By.id("texte")).sendKeys("Seul le plastique est fendu, la puce est intacte.");
    navigateur.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
    navigateur.attendreTexte("Réponse envoyée");
    assertThat(navigateur.texte()).contains("Seul le plastique est fendu, la puce est intacte.");

    navigateur.suivreLien("Messagerie");
    String ligne = navigateur.driver().findElements(By.cssSelector(".carte")).stream()
        .filter(c -> c.getText().contains(objet)).findFirst().orElseThrow().getText();
    assertThat(ligne).as("lue en l'ouvrant").doesNotContain("Non lu");
  }

  private String dossier(String objet) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("MessageAssure").startedBy(Http.CLAIRE)
        .list().stream().map(p -> p.getBusinessKey())
        .filter(r -> http.en(Http.CLAIRE).get("/api/messagerie/conversations/" + r).corps().contains(objet))
        .findFirst().orElse(null);
  }

  private String processus(String reference) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
  }
}
