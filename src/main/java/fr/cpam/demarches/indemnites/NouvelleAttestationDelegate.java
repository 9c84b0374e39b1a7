package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_DemanderNouvelleAttestation: the employer is asked for a corrected attestation. */
@BeanDeProcessus
class NouvelleAttestationDelegate implements JavaDelegate {

  private final IndemnisationService service;

  NouvelleAttestationDelegate(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(IndemnitesJournalieresProcess.REFERENCE);
    service.demanderNouvelleAttestation(reference);
  }
}
