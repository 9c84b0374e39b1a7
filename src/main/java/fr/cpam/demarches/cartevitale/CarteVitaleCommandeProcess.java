package fr.cpam.demarches.cartevitale;

/** Ids and variable names of {@code processes/CarteVitaleCommande.bpmn}, shared by BPMN, Java and tests. */
public final class CarteVitaleCommandeProcess {

  public static final String CLE = "CarteVitaleCommande";

  public static final String START = "StartEvent_CommandeDemandee";
  public static final String TACHE_COMMANDER = "Task_CommanderCarte";
  public static final String TACHE_ENREGISTRER = "Task_EnregistrerCommande";
  public static final String GATEWAY_PIECES = "Gateway_PiecesAJour";
  public static final String TACHE_PIECES = DemandesCarteVitaleProcess.TACHE_PIECES;
  public static final String TIMER_RELANCE = DemandesCarteVitaleProcess.TIMER_RELANCE;
  public static final String TACHE_RELANCER = DemandesCarteVitaleProcess.TACHE_RELANCER;
  public static final String TIMER_CLOTURE = DemandesCarteVitaleProcess.TIMER_CLOTURE;
  public static final String TACHE_CLORE = DemandesCarteVitaleProcess.TACHE_CLORE;
  public static final String FIN_CLOS = "EndEvent_DossierClos";
  public static final String TACHE_VERIFIER_IDENTITE = "Task_VerifierIdentite";
  public static final String GATEWAY_IDENTITE = "Gateway_IdentiteConfirmee";
  public static final String TACHE_NOTIFIER_REFUS = "Task_NotifierRefus";
  public static final String FIN_REFUSEE = "EndEvent_CommandeRefusee";
  public static final String APPEL_PRODUCTION = "CallActivity_ProduireCarte";
  public static final String FIN_CARTE_PRODUITE = "EndEvent_PremiereCarteProduite";

  private CarteVitaleCommandeProcess() {}
}
