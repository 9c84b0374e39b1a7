package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.engine.CommandeMoteur;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * "Transmettre une photo et une pièce d'identité": the files come as File variables ({@code
 * photo}, {@code pieceIdentite}), from the engine REST API or from our API. They are checked,
 * attached to the dossier's process instance and recorded; the variables are then removed so that the files are not
 * kept twice in the engine.
 */
@BeanDeProcessus("piecesTransmisesListener")
class PiecesTransmisesListener implements ExecutionListener {

  private final ReceptionPieces reception;
  private final DelaisCarteVitale delais;
  private final CommandeMoteur commande;

  PiecesTransmisesListener(ReceptionPieces reception, DelaisCarteVitale delais, CommandeMoteur commande) {
    this.reception = reception;
    this.delais = delais;
    this.commande = commande;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    DemandeSaisieListener.assure(execution, commande.utilisateur().orElse(null));
    FormulaireInvalideException.verifier(() -> reception.recevoir(
        (String) execution.getVariable(DemandesCarteVitaleProcess.REFERENCE),
        execution.getProcessInstanceId(),
        execution.getProcessEngineServices().getTaskService(),
        fichier(execution.getVariableTyped(DemandesCarteVitaleProcess.PHOTO), delais.getTailleMaxPhoto()),
        fichier(execution.getVariableTyped(DemandesCarteVitaleProcess.PIECE_IDENTITE), delais.getTailleMaxPieceIdentite())));
    execution.removeVariable(DemandesCarteVitaleProcess.PHOTO);
    execution.removeVariable(DemandesCarteVitaleProcess.PIECE_IDENTITE);
  }

  private static ReceptionPieces.Fichier fichier(TypedValue valeur, long limite) {
    if (valeur instanceof FileValue f && f.getValue() != null) {
      return new ReceptionPieces.Fichier(f.getFilename(), f.getMimeType(), ReceptionPieces.lire(f.getValue(), limite));
    }
    return null;
  }
}
