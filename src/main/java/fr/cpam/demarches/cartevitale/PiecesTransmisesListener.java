package fr.cpam.demarches.cartevitale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * "Transmettre une photo et une pièce d'identité": the files come as File variables ({@code
 * photo}, {@code pieceIdentite}), from the engine REST API or from our API. They are checked,
 * attached to the task and recorded; the variables are then removed so that the files are not
 * kept twice in the engine.
 */
@Component("piecesTransmisesListener")
class PiecesTransmisesListener implements TaskListener {

  private final ReceptionPieces reception;
  private final DelaisCarteVitale delais;

  PiecesTransmisesListener(ReceptionPieces reception, DelaisCarteVitale delais) {
    this.reception = reception;
    this.delais = delais;
  }

  @Override
  public void notify(DelegateTask task) {
    var execution = task.getExecution();
    reception.recevoir(
        (String) task.getVariable(Variables.REFERENCE),
        task.getId(),
        task.getProcessInstanceId(),
        task.getProcessEngineServices().getTaskService(),
        fichier(execution.getVariableTyped(Variables.PHOTO), delais.getTailleMaxPhoto()),
        fichier(execution.getVariableTyped(Variables.PIECE_IDENTITE), delais.getTailleMaxPieceIdentite()));
    execution.removeVariable(Variables.PHOTO);
    execution.removeVariable(Variables.PIECE_IDENTITE);
  }

  private static ReceptionPieces.Fichier fichier(TypedValue valeur, long limite) {
    if (valeur instanceof FileValue f && f.getValue() != null) {
      return new ReceptionPieces.Fichier(f.getFilename(), f.getMimeType(), ReceptionPieces.lire(f.getValue(), limite));
    }
    return null;
  }
}
