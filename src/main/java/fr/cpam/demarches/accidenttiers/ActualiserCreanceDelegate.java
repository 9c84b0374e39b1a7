package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_ActualiserCreance of {@code AccidentTiers}: the costs paid since the claim was sent, claimed in addition. */
@BeanDeProcessus
class ActualiserCreanceDelegate implements JavaDelegate {

  private final CreancesAccidentTiers creances;

  ActualiserCreanceDelegate(CreancesAccidentTiers creances) {
    this.creances = creances;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(AccidentTiersProcess.REFERENCE);
    creances.actualiser(reference);
  }
}
