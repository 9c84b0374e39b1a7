package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Enregistrer le complément": the citizen's answer from Tasklist joins the conversation. */
@Component
class EnregistrerComplementDelegate implements JavaDelegate {

  private final TraitementMessageService traitement;

  EnregistrerComplementDelegate(TraitementMessageService traitement) {
    this.traitement = traitement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    traitement.enregistrerComplement(
        (String) execution.getVariable(REFERENCE),
        (String) execution.getVariable(INITIATOR),
        (String) execution.getVariable(COMPLEMENT));
    execution.removeVariable(COMPLEMENT);
  }
}
