package fr.cpam.demarches.cartevitale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EnregistrerFabrication of ProductionCarteVitale.bpmn: the factory has made the card. */
@Component
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
