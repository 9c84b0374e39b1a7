package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.commun.VariablesProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_PlanifierEcheance: the day of the next payment, kept on the arrêt for the payment run; reached already or not. */
@BeanDeProcessus
class PlanifierEcheanceDelegate implements JavaDelegate {

  private final IndemnisationService service;

  PlanifierEcheanceDelegate(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(IndemnitesJournalieresProcess.REFERENCE);
    boolean atteinte = service.planifierEcheance(reference);
    VariablesProcessus.poser(execution, IndemnitesJournalieresProcess.ECHEANCE_ATTEINTE, atteinte);
  }
}
