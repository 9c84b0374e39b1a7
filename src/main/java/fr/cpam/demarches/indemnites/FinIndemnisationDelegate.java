package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_NotifierFinIndemnisation: every day due was dealt with; the citizen gets the total. */
@BeanDeProcessus
class FinIndemnisationDelegate implements JavaDelegate {

  private final IndemnisationService service;

  FinIndemnisationDelegate(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(IndemnitesJournalieresProcess.REFERENCE);
    service.terminer(reference);
  }
}
