package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_EnvoyerRappelEmployeur: 5 days without attestation, the employer gets a reminder. */
@BeanDeProcessus
class RappelEmployeurDelegate implements JavaDelegate {

  private final IndemnisationService service;

  RappelEmployeurDelegate(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(IndemnitesJournalieresProcess.REFERENCE);
    service.envoyerRappel(reference);
  }
}
