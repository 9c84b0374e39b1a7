package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_CloreDossier of both citizen procedures: no photo nor identity document in time, the dossier is closed. */
@BeanDeProcessus
class CloreDossierDelegate implements JavaDelegate {

  private final DossiersCarteVitale dossiers;

  CloreDossierDelegate(DossiersCarteVitale dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dossiers.cloreSansReponse(reference(execution));
  }

  private static String reference(DelegateExecution execution) {
    return (String) execution.getVariable(DemandesCarteVitaleProcess.REFERENCE);
  }
}
