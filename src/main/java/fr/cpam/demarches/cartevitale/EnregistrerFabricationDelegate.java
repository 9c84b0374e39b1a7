package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_EnregistrerFabrication of ProductionCarteVitale.bpmn: the factory has made the card. */
@BeanDeProcessus
class EnregistrerFabricationDelegate implements JavaDelegate {

  private final ProductionCartes production;

  EnregistrerFabricationDelegate(ProductionCartes production) {
    this.production = production;
  }

  @Override
  public void execute(DelegateExecution execution) {
    production.enregistrerFabrication(reference(execution));
  }

  private static String reference(DelegateExecution execution) {
    return (String) execution.getVariable(DemandesCarteVitaleProcess.REFERENCE);
  }
}
