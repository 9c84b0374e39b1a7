package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.VariablesProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PlanifierEcheance: the date of the next payment (the timer of Event_EcheanceVersement). */
@Component
class PlanifierEcheanceDelegate implements JavaDelegate {

  private final IndemnisationService service;

  PlanifierEcheanceDelegate(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(IndemnitesJournalieresProcess.VAR_REFERENCE);
    IndemnisationService.Echeance echeance =
        service.planifierEcheance(reference, java.time.LocalDate.parse((String) execution.getVariable(IndemnitesJournalieresProcess.VAR_DERNIER_CYCLE)));
    VariablesProcessus.poser(execution, IndemnitesJournalieresProcess.VAR_ECHEANCE, echeance.date());
    VariablesProcessus.poser(execution, IndemnitesJournalieresProcess.VAR_ECHEANCE_ATTEINTE, echeance.atteinte());
  }
}
