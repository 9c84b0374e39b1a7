package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_NotifierAvisDefavorable: the citizen is told from when the allowances stop. */
@BeanDeProcessus
class AvisDefavorableDelegate implements JavaDelegate {

  private final IndemnisationService service;

  AvisDefavorableDelegate(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(IndemnitesJournalieresProcess.REFERENCE);
    service.notifierAvisDefavorable(reference);
  }
}
