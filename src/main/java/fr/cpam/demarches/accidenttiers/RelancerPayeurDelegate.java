package fr.cpam.demarches.accidenttiers;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RelancerPayeur of {@code AccidentTiers}: the reminder to the payer who has not answered the claim. */
@Component
class RelancerPayeurDelegate implements JavaDelegate {

  private final CreancesAccidentTiers creances;

  RelancerPayeurDelegate(CreancesAccidentTiers creances) {
    this.creances = creances;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(AccidentTiersProcess.REFERENCE);
    creances.relancerPayeur(reference);
  }
}
