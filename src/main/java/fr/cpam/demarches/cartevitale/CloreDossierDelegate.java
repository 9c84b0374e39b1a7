package fr.cpam.demarches.cartevitale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloreDossier of both citizen procedures: no photo nor identity document in time, the dossier is closed. */
@Component
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
