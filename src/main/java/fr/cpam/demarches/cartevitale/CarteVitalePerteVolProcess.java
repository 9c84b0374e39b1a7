package fr.cpam.demarches.cartevitale;

/** Ids and variable names of {@code processes/CarteVitalePerteVol.bpmn}, shared by BPMN, Java and tests. */
public final class CarteVitalePerteVolProcess {

  public static final String CLE = "CarteVitalePerteVol";

  public static final String START = "StartEvent_DeclarationDemandee";
  public static final String TACHE_DECLARER = "Task_DeclarerPerteVol";
  public static final String TACHE_ENREGISTRER = "Task_EnregistrerDeclaration";
  public static final String TACHE_DECIDER_REVUE = "Task_DeciderRevue";
  public static final String GATEWAY_REVUE = "Gateway_RevueNecessaire";
  public static final String TACHE_EXAMINER = "Task_ExaminerDeclaration";
  public static final String GATEWAY_ACCEPTEE = "Gateway_DeclarationAcceptee";
  public static final String TACHE_NOTIFIER_REFUS = "Task_NotifierRefus";
  public static final String FIN_REFUSEE = "EndEvent_DeclarationRefusee";
  public static final String GATEWAY_PIECES = "Gateway_PiecesAJour";
  public static final String TACHE_PIECES = DemandesCarteVitaleProcess.TACHE_PIECES;
  public static final String TIMER_RELANCE = DemandesCarteVitaleProcess.TIMER_RELANCE;
  public static final String TACHE_RELANCER = DemandesCarteVitaleProcess.TACHE_RELANCER;
  public static final String TIMER_CLOTURE = DemandesCarteVitaleProcess.TIMER_CLOTURE;
  public static final String TACHE_CLORE = DemandesCarteVitaleProcess.TACHE_CLORE;
  public static final String FIN_CLOS = "EndEvent_DossierClos";
  public static final String APPEL_PRODUCTION = "CallActivity_ProduireCarte";
  public static final String FIN_CARTE_PRODUITE = "EndEvent_NouvelleCarteProduite";

  public static final String DECISION_REVUE = "Decision_RevueDeclaration";

  private CarteVitalePerteVolProcess() {}
}
