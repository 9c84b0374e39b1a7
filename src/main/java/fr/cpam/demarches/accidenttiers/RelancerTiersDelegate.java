package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_RelancerTiers of {@code AccidentTiers}: the reminder to the person responsible. */
@BeanDeProcessus
class RelancerTiersDelegate implements JavaDelegate {

  private final DossiersAccidentTiers dossiers;

  RelancerTiersDelegate(DossiersAccidentTiers dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(AccidentTiersProcess.REFERENCE);
    dossiers.relancerTiers(reference);
  }
}
