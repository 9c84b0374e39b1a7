package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * "Réaffecter le message": the supervisor's choice applies to the open "Traiter le message"
 * (its candidate group, and its assignee when an agent was named) and to the next ones.
 */
@Component
class ReaffecterMessageDelegate implements JavaDelegate {

  private final TraitementMessageService traitement;

  ReaffecterMessageDelegate(TraitementMessageService traitement) {
    this.traitement = traitement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String de = (String) execution.getVariable(GROUPE_TRAITANT);
    String vers = (String) execution.getVariable(SERVICE_REAFFECTATION);
    String agent = (String) execution.getVariable(AGENT_REAFFECTATION);
    String nomAgent = agent == null || agent.isBlank() ? null : agent.strip();
    traitement.reaffecter(
        (String) execution.getVariable(REFERENCE), (String) execution.getVariable(AUTEUR_REAFFECTATION), de, vers, nomAgent);
    execution.setVariable(GROUPE_TRAITANT, vers);
    TaskService taches = execution.getProcessEngineServices().getTaskService();
    for (Task tache :
        taches.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK_TRAITER).list()) {
      taches.getIdentityLinksForTask(tache.getId()).stream()
          .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
          .forEach(l -> taches.deleteCandidateGroup(tache.getId(), l.getGroupId()));
      taches.addCandidateGroup(tache.getId(), vers);
      taches.setAssignee(tache.getId(), nomAgent);
    }
  }
}
