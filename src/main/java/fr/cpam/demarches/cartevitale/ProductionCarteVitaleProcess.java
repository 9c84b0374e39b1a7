package fr.cpam.demarches.cartevitale;

/**
 * Ids, messages and variables of {@code processes/ProductionCarteVitale.bpmn}, the call activity
 * shared by the declaration and the first order: order from the factory, wait for the card to
 * be made and shipped, then consider it received and active.
 */
public final class ProductionCarteVitaleProcess {

  public static final String CLE = "ProductionCarteVitale";

  public static final String START = "StartEvent_ProductionDemandee";
  public static final String TACHE_COMMANDER = "Task_CommanderALaFabrique";
  public static final String SOUS_PROCESSUS_SUIVI = "SubProcess_SuiviFabrication";
  public static final String TACHE_ATTENDRE_FABRICATION = "Task_AttendreFabrication";
  public static final String TIMER_FABRIQUE_EN_RETARD = "Boundary_FabriqueEnRetard";
  public static final String TACHE_RELANCER_FABRIQUE = "Task_RelancerFabrique";
  public static final String GATEWAY_NOUVELLE_COMMANDE = "Gateway_NouvelleCommande";
  public static final String TACHE_COMMANDER_A_NOUVEAU = "Task_CommanderANouveau";
  public static final String FIN_COMMANDE_RENOUVELEE = "EndEvent_CommandeRenouvelee";
  public static final String FIN_FABRIQUE_RELANCEE = "EndEvent_FabriqueRelancee";
  public static final String FIN_CARTE_FABRIQUEE = "EndEvent_CarteFabriquee";
  public static final String TACHE_ENREGISTRER_FABRICATION = "Task_EnregistrerFabrication";
  public static final String TACHE_ATTENDRE_EXPEDITION = "Task_AttendreExpedition";
  public static final String TACHE_ENREGISTRER_EXPEDITION = "Task_EnregistrerExpedition";
  public static final String TIMER_ACHEMINEMENT = "Timer_AcheminementTermine";
  public static final String TACHE_ACTIVER = "Task_ActiverCarte";
  public static final String FIN_CARTE_ACTIVE = "EndEvent_CarteActivee";

  /** Message names the factory answers with (correlated by the dossier reference, the business key). */
  public static final String MESSAGE_CARTE_FABRIQUEE = "CarteFabriquee";
  public static final String MESSAGE_CARTE_EXPEDIEE = "CarteExpediee";

  /** Variable carried by "Carte expédiée": the postal tracking number. */
  public static final String NUMERO_SUIVI = "numeroSuivi";
  /** Agent's answer on a late factory: true to send the order again. */
  public static final String NOUVELLE_COMMANDE = "nouvelleCommande";

  private ProductionCarteVitaleProcess() {}
}
