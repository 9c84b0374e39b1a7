package fr.cpam.demarches.accidenttiers;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RelancerTiers of {@code AccidentTiers}: the reminder to the person responsible. */
@Component
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
