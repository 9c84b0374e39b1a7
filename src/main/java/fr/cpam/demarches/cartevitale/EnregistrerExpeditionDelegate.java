package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_EnregistrerExpedition of ProductionCarteVitale.bpmn: the card is shipped, with its tracking number. */
@BeanDeProcessus
class EnregistrerExpeditionDelegate implements JavaDelegate {

  private final ProductionCartes production;

  EnregistrerExpeditionDelegate(ProductionCartes production) {
    this.production = production;
  }

  @Override
  public void execute(DelegateExecution execution) {
    production.enregistrerExpedition(
        reference(execution), (String) execution.getVariable(ProductionCarteVitaleProcess.NUMERO_SUIVI));
  }

  private static String reference(DelegateExecution execution) {
    return (String) execution.getVariable(DemandesCarteVitaleProcess.REFERENCE);
  }
}
