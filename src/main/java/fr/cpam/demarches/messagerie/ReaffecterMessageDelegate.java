package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * "Réaffecter le message": the supervisor's choice applies to the open "Traiter le message"
 * (its candidate group, and its assignee when an agent was named, {@link
 * TraitementMessageService#reaffecter}) and to the next ones.
 */
@BeanDeProcessus
class ReaffecterMessageDelegate implements JavaDelegate {

  private final TraitementMessageService traitement;

  ReaffecterMessageDelegate(TraitementMessageService traitement) {
    this.traitement = traitement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String vers = (String) execution.getVariable(SERVICE_REAFFECTATION);
    traitement.reaffecter(
        (String) execution.getVariable(REFERENCE),
        execution.getProcessInstanceId(),
        (String) execution.getVariable(AUTEUR_REAFFECTATION),
        (String) execution.getVariable(GROUPE_TRAITANT),
        vers,
        (String) execution.getVariable(AGENT_REAFFECTATION));
    execution.setVariable(GROUPE_TRAITANT, vers);
  }
}
