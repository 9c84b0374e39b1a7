package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_CommanderALaFabrique and Task_CommanderANouveau of ProductionCarteVitale.bpmn: the card is ordered from the factory. */
@BeanDeProcessus
class CommanderCarteDelegate implements JavaDelegate {

  private final ProductionCartes production;

  CommanderCarteDelegate(ProductionCartes production) {
    this.production = production;
  }

  @Override
  public void execute(DelegateExecution execution) {
    production.commander(reference(execution));
  }

  private static String reference(DelegateExecution execution) {
    return (String) execution.getVariable(DemandesCarteVitaleProcess.REFERENCE);
  }
}
