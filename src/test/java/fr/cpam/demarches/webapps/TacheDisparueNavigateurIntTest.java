package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.navigateur.Navigateur;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agent works on a task that disappears under their eyes (a colleague treated it, the dossier
 * was closed), then comes back to it by its old address. Tasklist must say in French what
 * happened and what to do, never the engine's "Cannot find task with id …: task is null".
 */
@TestIntegration
class TacheDisparueNavigateurIntTest {

  static final String TACHE_DISPARUE = "Cette tâche n’existe plus : elle a été traitée ou le dossier a été clos. Actualisez la liste.";

  /** Words of the engine's messages for a missing task. */
  static final String[] ANGLAIS = {"task is null", "Cannot find task", "No matching task", "No task found", "Cannot submit"};

  /** The demo agent of each agents' service. */
  static final Map<String, String> AGENTS = Map.of(
      "accueil", "agent.accueil",
      "gestion-droits", "agent.droits",
      "prestations-especes", "agent.prestations",
      "service-medical", "agent.medical",
      "rct", "agent.rct");

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired Http http;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;

  @Test
  void l_agent_qui_valide_une_tache_close_entre_temps_lit_un_message_en_francais() {
    var message = http.en(Http.INES, Http.INES_CODE).post("/api/messagerie/messages", Map.of(
        "motif", "CARTE_VITALE", "type", "question",
        "objet", "Carte perdue " + UUID.randomUUID().toString().substring(0, 6),
        "texte", "J'ai perdu ma carte Vitale dans le métro, que dois-je faire ?"));
    assertThat(message.statut()).as(message.corps()).isEqualTo(201);
    String reference = message.json().path("reference").asText();
    Task tache = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    String agent = taskService.getIdentityLinksForTask(tache.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(AGENTS::containsKey)
        .map(AGENTS::get)
        .findFirst()
        .orElseThrow();

    navigateur.connecterTasklist(agent, "demo");
    navigateur.ouvrir("/camunda/app/tasklist/default/#/?task=" + tache.getId());
    navigateur.attendreTexte(reference);
    navigateur.prendreEnCharge();
    navigateur.choisir("Suite à donner", "Répondre à l'assuré et clore");
    navigateur.remplir("Réponse à l'assuré", "Déclarez la perte depuis « Ma carte Vitale » : la carte est mise en opposition.");

    // Meanwhile the dossier is closed (or a colleague answered): the task is gone.
    runtimeService.deleteProcessInstance(tache.getProcessInstanceId(), "Clos par un collègue (test)");

    // Tasklist may notice it first, by refreshing its list ("La tâche a été retirée"); otherwise the
    // agent clicks "Valider" and the engine refuses.
    navigateur.driver().findElements(By.cssSelector(".task-details button[type='submit'], .task-details .form-actions button")).stream()
        .filter(b -> b.isDisplayed() && b.isEnabled() && b.getText().strip().equals("Valider"))
        .findFirst()
        .ifPresent(b -> ((JavascriptExecutor) navigateur.driver()).executeScript("arguments[0].click();", b));
    navigateur.attendre(d -> navigateur.texte().contains(TACHE_DISPARUE) || navigateur.texte().contains("La tâche a été retirée") ? Boolean.TRUE : null);
    navigateur.capture("tache-disparue-1-validation");
    assertThat(navigateur.texte()).doesNotContain(ANGLAIS);

    // Later, the old link (a bookmark, a colleague's e-mail) gives the explanation.
    navigateur.driver().get("about:blank");
    navigateur.ouvrir("/camunda/app/tasklist/default/#/?task=" + tache.getId());
    navigateur.attendreTexte(TACHE_DISPARUE);
    navigateur.capture("tache-disparue-2-lien-perime");
    assertThat(navigateur.texte()).doesNotContain(ANGLAIS);
  }
}
