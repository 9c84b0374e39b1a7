package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.navigateur.Navigateur;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rights as the browser shows them, on tasks of real procedures: Inès has begun a declaration
 * (her task) and written a message (a task of an agents' service). Claire sees neither in her
 * Tasklist, not even by typing the address of the task; an agent is refused Admin, at its login
 * and by its address (a French page).
 */
@TestIntegration
class DroitsNavigateurIntTest {

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired Http http;
  @Autowired TaskService taskService;

  @Test
  void claire_ne_voit_ni_les_taches_des_agents_ni_celles_d_ines_et_un_agent_n_entre_pas_dans_admin() {
    Http.Client ines = http.en(Http.INES, Http.INES_CODE);
    var demarche = ines.post("/engine-rest/process-definition/key/CarteVitalePerteVol/start", Map.of());
    assertThat(demarche.statut()).as(demarche.corps()).isEqualTo(200);
    String referenceInes = demarche.json().path("businessKey").asText();
    Task tacheInes = taskService.createTaskQuery().processInstanceBusinessKey(referenceInes).singleResult();
    var message = ines.post("/api/messagerie/messages", Map.of(
        "motif", "CARTE_VITALE", "type", "question",
        "objet", "Question d'Inès " + UUID.randomUUID().toString().substring(0, 6),
        "texte", "Ma carte Vitale est-elle encore valable après mon déménagement ?"));
    assertThat(message.statut()).as(message.corps()).isEqualTo(201);
    String referenceMessage = message.json().path("reference").asText();
    Task tacheAgent = taskService.createTaskQuery().processInstanceBusinessKey(referenceMessage).singleResult();
    assertThat(tacheAgent.getName()).isEqualTo("Traiter le message");

    navigateur.connecterTasklist(Http.CLAIRE, Http.CLAIRE_CODE);
    assertThat(navigateur.filtres()).containsExactly("Mes tâches");
    navigateur.choisirFiltre("Mes tâches");
    assertThat(navigateur.texte()).doesNotContain(referenceInes, referenceMessage, "Traiter le message", "Examiner la déclaration");
    navigateur.capture("droits-1-claire-mes-taches");

    for (Task autrui : new Task[] {tacheInes, tacheAgent}) {
      navigateur.ouvrir("/camunda/app/tasklist/default/#/?task=" + autrui.getId());
      navigateur.attendreTexte("Cette tâche n’existe plus");
      assertThat(navigateur.driver().findElements(By.cssSelector(".task-details .fjs-form"))).as("formulaire d'autrui").isEmpty();
      assertThat(navigateur.texte()).doesNotContain(referenceInes, referenceMessage);
      navigateur.fermerNotifications();
    }
    navigateur.capture("droits-2-claire-tache-d-autrui");
    navigateur.deconnecter();

    navigateur.saisirConnexion("admin", "agent.droits", "demo");
    assertThat(navigateur.messageDeConnexion()).contains("votre profil ne donne pas accès à Administration (Admin)");
    navigateur.capture("droits-3-agent-refuse-dans-admin");

    // Logged in to Tasklist, the agent types the address of Admin: a French page, not Spring's.
    navigateur.connecterTasklist("agent.droits", "demo");
    navigateur.ouvrir("/camunda/app/admin/default/");
    navigateur.attendreTexte("Accès refusé");
    assertThat(navigateur.texte()).contains("Votre profil ne donne pas accès à cette page.").doesNotContain("Whitelabel", "Forbidden");
    navigateur.capture("droits-4-agent-adresse-admin");
  }
}
