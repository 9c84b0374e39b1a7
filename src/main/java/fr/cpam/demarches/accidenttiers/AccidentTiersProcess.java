package fr.cpam.demarches.accidenttiers;

/**
 * Ids, messages and variable names of {@code processes/AccidentTiers.bpmn}, its forms and its
 * decision table, shared by the models, the Java glue and the tests.
 */
public final class AccidentTiersProcess {

  public static final String CLE = "AccidentTiers";
  public static final String PREFIXE_REFERENCE = "ACT";
  public static final String DECISION_PARCOURS = "Decision_ParcoursAccidentTiers";

  // Elements
  public static final String START = "StartEvent_AccidentDeclare";
  public static final String TACHE_ENREGISTRER = "Task_EnregistrerDeclaration";
  public static final String TACHE_QUALIFIER = "Task_QualifierDeclaration";
  public static final String GATEWAY_SUITE_QUALIFICATION = "Gateway_SuiteQualification";
  public static final String TACHE_COMPLETER = "Task_CompleterDeclaration";
  public static final String TIMER_COMPLEMENT = "Boundary_ComplementSansReponse";
  public static final String TACHE_DETERMINER_PARCOURS = "Task_DeterminerParcours";
  public static final String GATEWAY_PARCOURS = "Gateway_Parcours";
  public static final String TACHE_ECRIRE_AU_TIERS = "Task_EcrireAuTiers";
  public static final String TACHE_IDENTIFIER_ASSUREUR = "Task_IdentifierAssureur";
  public static final String TIMER_RELANCE_TIERS = "Boundary_RelanceTiers";
  public static final String TACHE_RELANCER_TIERS = "Task_RelancerTiers";
  public static final String FIN_TIERS_RELANCE = "EndEvent_TiersRelance";
  public static final String TACHE_CHIFFRER = "Task_ChiffrerCreance";
  public static final String TACHE_NOTIFIER = "Task_NotifierAssureur";
  public static final String TACHE_ENVOYER = "Task_EnvoyerCreance";
  public static final String TACHE_ATTENDRE = "Task_AttendreReponse";
  public static final String TIMER_RELANCE_PAYEUR = "Boundary_RelancePayeur";
  public static final String TACHE_RELANCER_PAYEUR = "Task_RelancerPayeur";
  public static final String FIN_PAYEUR_RELANCE = "EndEvent_PayeurRelance";
  public static final String TIMER_SANS_REPONSE = "Boundary_SansReponsePayeur";
  public static final String TIMER_RELEVE_FRAIS = "Boundary_ReleveFrais";
  public static final String TACHE_ACTUALISER = "Task_ActualiserCreance";
  public static final String FIN_CREANCE_ACTUALISEE = "EndEvent_CreanceActualisee";
  public static final String TACHE_ENREGISTRER_RECOUVREMENT = "Task_EnregistrerRecouvrement";
  public static final String FIN_RECOUVREE = "EndEvent_CreanceRecouvree";
  public static final String TACHE_DESACCORD = "Task_TraiterDesaccord";
  public static final String TACHE_CONTENTIEUX = "Task_EngagerContentieux";
  public static final String FIN_CONTENTIEUX = "EndEvent_ContentieuxEngage";
  public static final String TACHE_ABANDONNER = "Task_AbandonnerRecours";
  public static final String FIN_ABANDON = "EndEvent_RecoursAbandonne";
  public static final String TACHE_CLASSER = "Task_ClasserDossier";
  public static final String FIN_CLASSE = "EndEvent_DossierClasse";

  /** The name of {@code Message_ReponsePayeur}, the payer's answer correlated on the dossier reference. */
  public static final String MESSAGE_REPONSE_PAYEUR = "ReponsePayeur";

  // Variables: the dossier
  public static final String REFERENCE = "reference";
  public static final String INITIATOR = "initiator";
  /** Transient start variable: the declaration was checked by our API, its attachment comes with it. */
  static final String SAISIE_PAR_API = "saisieParApi";

  // The citizen's start form (Form_DeclarerAccidentTiers) and our API's body.
  public static final String BLESSE = "blesse";
  public static final String BENEFICIAIRE = "beneficiaire";
  public static final String DATE_ACCIDENT = "dateAccident";
  public static final String LIEU = "lieu";
  public static final String NATURE = "natureAccident";
  public static final String CIRCONSTANCES = "circonstances";
  public static final String TIERS_CONNU = "tiersConnu";
  public static final String TIERS_IDENTITE = "tiersIdentite";
  public static final String ASSUREUR_NOM = "assureurNom";
  public static final String ASSUREUR_CONTRAT = "assureurContrat";
  public static final String PV_OU_PLAINTE = "pvOuPlainte";
  public static final String PV_REFERENCE = "pvReference";
  public static final String PIECE_PV = "piecePv";
  public static final String TEMOINS = "temoins";
  public static final String URGENCES = "urgences";
  public static final String HOSPITALISATION = "hospitalisation";
  public static final String ARRET_TRAVAIL = "arretTravail";
  public static final String REFERENCE_ARRET = "referenceArret";
  public static final String SOINS_EN_COURS = "soinsEnCours";
  public static final String COMPLEMENTAIRE = "complementaire";

  // Inputs of Decision_ParcoursAccidentTiers (transient) and its outputs.
  public static final String ASSUREUR_CONNU = "assureurConnu";
  public static final String PARCOURS = "parcours";
  public static final String PAYEUR = "payeur";
  public static final String PRIORITE = "priorite";

  // What the tasks' forms show (task variables, written when the task is created).
  public static final String RESUME = "resumeDossier";
  public static final String CREANCE = "creanceDetail";
  public static final String NOM_BENEFICIAIRE = "nomBeneficiaire";

  // Agents' answers.
  public static final String DECISION_QUALIFICATION = "decisionQualification";
  public static final String DECISION_IDENTIFICATION = "decisionIdentification";
  public static final String DECISION_CHIFFRAGE = "decisionChiffrage";
  public static final String DECISION_NOTIFICATION = "decisionNotification";
  public static final String DECISION_DESACCORD = "decisionDesaccord";
  public static final String QUESTION_VICTIME = "questionVictime";
  public static final String MOTIF = "motif";
  public static final String NOTE = "note";
  /** The care costs of "Chiffrer la créance": up to this many lines per pass (nature, date, amount each). */
  public static final int LIGNES_DE_FRAIS = 5;
  public static final String MONTANT_TRANSIGE = "montantTransige";
  // The victim's answer (Form_CompleterDeclarationAccident).
  public static final String REPONSE_VICTIME = "reponseVictime";

  // The payer's answer, set by the server when it comes (Message_ReponsePayeur).
  public static final String REPONSE_PAYEUR = "reponsePayeur";

  // Values
  public static final String RECEVABLE = "recevable";
  public static final String COMPLEMENT = "complement";
  public static final String CLASSER = "classer";
  public static final String ASSUREUR = "assureur";
  public static final String FONDS = "fonds";
  public static final String NOTIFIER = "notifier";
  public static final String ENVOYER = "envoyer";
  public static final String CORRIGER = "corriger";
  public static final String NEGOCIER = "negocier";
  public static final String CONTENTIEUX = "contentieux";
  public static final String ABANDONNER = "abandonner";
  public static final String PAIEMENT = "paiement";
  public static final String CONTESTATION = "contestation";

  public static String fraisNature(int ligne) {
    return "fraisNature" + ligne;
  }

  public static String fraisDate(int ligne) {
    return "fraisDate" + ligne;
  }

  public static String fraisMontant(int ligne) {
    return "fraisMontant" + ligne;
  }

  private AccidentTiersProcess() {}
}
