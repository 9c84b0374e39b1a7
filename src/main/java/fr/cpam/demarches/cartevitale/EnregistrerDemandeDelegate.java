package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;

/**
 * "Enregistrer la déclaration" / "Enregistrer la demande": opens the dossier from the citizen's
 * answers (already checked when the form was completed), in the same transaction as the form,
 * so that the old card is in opposition as soon as the citizen has answered.
 */
@BeanDeProcessus("enregistrerDemandeDelegate")
class EnregistrerDemandeDelegate implements JavaDelegate {

  private final DossiersCarteVitale dossiers;

  EnregistrerDemandeDelegate(DossiersCarteVitale dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(DemandesCarteVitaleProcess.REFERENCE);
    String assure = (String) execution.getVariable(DemandesCarteVitaleProcess.INITIATOR);
    SaisieDemande saisie = SaisieDemande.depuisVariables(execution.getVariables());
    boolean commande = execution.getProcessDefinitionId().startsWith(CarteVitaleCommandeProcess.CLE + ":");
    DossiersCarteVitale.Enregistrement dossier = FormulaireInvalideException.appeler(() -> commande
        ? dossiers.enregistrerCommande(reference, assure, saisie)
        : dossiers.enregistrerDeclaration(reference, assure, saisie));
    execution.setVariable(DemandesCarteVitaleProcess.PIECES_A_JOUR, dossier.piecesAJour());
    DossiersCarteVitale.Revue revue = dossier.revue();
    if (revue == null) {
      execution.setVariable(DemandesCarteVitaleProcess.ADRESSE_MODIFIEE, dossier.adresseModifiee());
      return;
    }
    // The inputs of the review decision, which follows in the same transaction, are transient:
    // not written to the database, the decision's history keeps them (ACT_HI_DEC_IN).
    execution.setVariable(DemandesCarteVitaleProcess.NOMBRE_DECLARATIONS, Variables.longValue(revue.declarationsDouzeMois(), true));
    execution.setVariable(DemandesCarteVitaleProcess.ADRESSE_MODIFIEE, Variables.booleanValue(dossier.adresseModifiee(), true));
    execution.setVariable(DemandesCarteVitaleProcess.AGE_BENEFICIAIRE, Variables.integerValue(revue.ageBeneficiaire(), true));
    execution.setVariable(DemandesCarteVitaleProcess.POSSEDE_CARTE, Variables.booleanValue(revue.possedeCarte(), true));
    execution.setVariable(DemandesCarteVitaleProcess.MOTIF, revue.motif().code());
  }
}
