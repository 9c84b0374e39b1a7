package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_RelancerAssure of both citizen procedures: the citizen is reminded that the photo and identity document are awaited. */
@BeanDeProcessus
class RelancerAssureDelegate implements JavaDelegate {

  private final DossiersCarteVitale dossiers;

  RelancerAssureDelegate(DossiersCarteVitale dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dossiers.relancerPourPieces(reference(execution));
  }

  private static String reference(DelegateExecution execution) {
    return (String) execution.getVariable(DemandesCarteVitaleProcess.REFERENCE);
  }
}
