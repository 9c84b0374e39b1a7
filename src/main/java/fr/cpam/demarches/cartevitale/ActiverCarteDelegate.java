package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_ActiverCarte of ProductionCarteVitale.bpmn: the card has had time to arrive, it becomes active. */
@BeanDeProcessus
class ActiverCarteDelegate implements JavaDelegate {

  private final ProductionCartes production;

  ActiverCarteDelegate(ProductionCartes production) {
    this.production = production;
  }

  @Override
  public void execute(DelegateExecution execution) {
    production.activer(reference(execution));
  }

  private static String reference(DelegateExecution execution) {
    return (String) execution.getVariable(DemandesCarteVitaleProcess.REFERENCE);
  }
}
