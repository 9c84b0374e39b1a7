package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_EcrireAuTiers of {@code AccidentTiers}: the letter to the person responsible, who has 15 days to name her insurer. */
@BeanDeProcessus
class EcrireAuTiersDelegate implements JavaDelegate {

  private final DossiersAccidentTiers dossiers;

  EcrireAuTiersDelegate(DossiersAccidentTiers dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(AccidentTiersProcess.REFERENCE);
    dossiers.ecrireAuTiers(reference);
  }
}
