package fr.cpam.demarches.cartevitale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Enregistrer la déclaration" / "Enregistrer la demande": opens the dossier from the citizen's
 * answers (already checked when the form was completed), in the same transaction as the form,
 * so that the old card is in opposition as soon as the citizen has answered.
 */
@Component("enregistrerDemandeDelegate")
class EnregistrerDemandeDelegate implements JavaDelegate {

  private final DossiersCarteVitale dossiers;

  EnregistrerDemandeDelegate(DossiersCarteVitale dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(Variables.REFERENCE);
    String assure = (String) execution.getVariable(Variables.INITIATOR);
    SaisieDemande saisie = SaisieDemande.depuisVariables(execution.getVariables());
    execution.setVariables(
        execution.getProcessDefinitionId().startsWith(CarteVitaleCommandeProcess.CLE + ":")
            ? dossiers.enregistrerCommande(reference, assure, saisie)
            : dossiers.enregistrerDeclaration(reference, assure, saisie));
  }
}
