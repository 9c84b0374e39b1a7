package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** "Enregistrer le complément": the citizen's answer from Tasklist joins the conversation. */
@BeanDeProcessus
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
