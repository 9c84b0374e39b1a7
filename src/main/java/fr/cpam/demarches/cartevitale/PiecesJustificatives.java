package fr.cpam.demarches.cartevitale;

/**
 * The photo and identity document step, drawn the same way in both citizen procedures: the
 * citizen's task, a reminder after the configured delay (15 days) and the closure of the dossier
 * after the longer one (2 months) without an answer.
 */
public final class PiecesJustificatives {

  public static final String TACHE_PIECES = "Task_TransmettrePieces";
  public static final String TIMER_RELANCE = "Boundary_RelancePieces";
  public static final String TACHE_RELANCER = "Task_RelancerAssure";
  public static final String FIN_RELANCE = "EndEvent_AssureRelance";
  public static final String TIMER_CLOTURE = "Boundary_DelaiPiecesDepasse";
  public static final String TACHE_CLORE = "Task_CloreDossier";

  private PiecesJustificatives() {}
}
