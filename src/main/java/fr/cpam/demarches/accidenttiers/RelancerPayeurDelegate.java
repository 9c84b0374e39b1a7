package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_RelancerPayeur of {@code AccidentTiers}: the reminder to the payer who has not answered the claim. */
@BeanDeProcessus
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
