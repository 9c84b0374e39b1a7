package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_NotifierRefus of CarteVitaleCommande.bpmn and CarteVitalePerteVol.bpmn: the dossier is refused with the agent's reason, and the citizen told. */
@BeanDeProcessus
class RefuserDemandeDelegate implements JavaDelegate {

  private final DossiersCarteVitale dossiers;

  RefuserDemandeDelegate(DossiersCarteVitale dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dossiers.refuser(reference(execution), (String) execution.getVariable(DemandesCarteVitaleProcess.MOTIF_REFUS));
  }

  private static String reference(DelegateExecution execution) {
    return (String) execution.getVariable(DemandesCarteVitaleProcess.REFERENCE);
  }
}
