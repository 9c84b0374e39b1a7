package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** "Envoyer la réponse": the answer of the agent (or supervisor) closes the conversation. */
@BeanDeProcessus
class EnvoyerReponseDelegate implements JavaDelegate {

  private final TraitementMessageService traitement;

  EnvoyerReponseDelegate(TraitementMessageService traitement) {
    this.traitement = traitement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    traitement.envoyerReponse(
        (String) execution.getVariable(REFERENCE),
        (String) execution.getVariable(AUTEUR_REPONSE),
        (String) execution.getVariable(GROUPE_TRAITANT),
        (String) execution.getVariable(REPONSE),
        Boolean.TRUE.equals(execution.getVariable(CONTESTATION_DECISION)));
  }
}
