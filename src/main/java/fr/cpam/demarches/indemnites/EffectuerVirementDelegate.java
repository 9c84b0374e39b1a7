package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_EffectuerVirement (asynchronous, retried): the bank transfers, never twice for a period. */
@BeanDeProcessus
class EffectuerVirementDelegate implements JavaDelegate {

  private final IndemnisationService service;

  EffectuerVirementDelegate(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(IndemnitesJournalieresProcess.REFERENCE);
    service.effectuerVirements(reference);
  }
}
