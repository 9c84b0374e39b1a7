package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_NotifierClassement: no attestation after the agent's follow-up; the dossier is closed. */
@BeanDeProcessus
class ClassementSansAttestationDelegate implements JavaDelegate {

  private final IndemnisationService service;

  ClassementSansAttestationDelegate(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(IndemnitesJournalieresProcess.REFERENCE);
    service.classerSansAttestation(reference);
  }
}
