package fr.cpam.demarches.cartevitale;

/**
 * What the two citizen procedures of the carte Vitale share ({@code CarteVitaleCommande} and
 * {@code CarteVitalePerteVol}, each with its own {@link CarteVitaleCommandeProcess}, {@link
 * CarteVitalePerteVolProcess}): the variable names of their models, forms and Java code, and the
 * ids of the photo and identity document step, drawn the same way in both (the citizen's task, a
 * reminder after the configured delay, 15 days, and the closure of the dossier after the longer
 * one, 2 months, without an answer).
 */
final class DemandesCarteVitaleProcess {

  // The photo and identity document step.
  static final String TACHE_PIECES = "Task_TransmettrePieces";
  static final String TIMER_RELANCE = "Boundary_RelancePieces";
  static final String TACHE_RELANCER = "Task_RelancerAssure";
  static final String FIN_RELANCE = "EndEvent_AssureRelance";
  static final String TIMER_CLOTURE = "Boundary_DelaiPiecesDepasse";
  static final String TACHE_CLORE = "Task_CloreDossier";

  static final String REFERENCE = "reference";
  static final String INITIATOR = "initiator";
  /**
   * Handed by our API to the start and the first form ({@link fr.cpam.demarches.commun.DonneesDuServeur}),
   * never a variable: our API completes the first form in the same transaction, with answers it
   * has checked, so the form's pre-filled values (and the list of beneficiaries) would be written
   * only to be replaced, and {@link DemandeSaisieListener} does not check them twice.
   */
  static final String SAISIE_PAR_API = "saisieParApi";

  // The citizen's form (declaration or order), prefilled from the account.
  static final String BENEFICIAIRES = "beneficiaires";
  /** "Commander une carte Vitale": the people of the account left out of the list, each with the reason (a text of the form). */
  static final String PERSONNES_EXCLUES = "personnesExclues";
  static final String BENEFICIAIRE = "beneficiaire";
  static final String MOTIF = "motif";
  static final String ADRESSE_LIGNE1 = "adresseLigne1";
  static final String ADRESSE_LIGNE2 = "adresseLigne2";
  static final String ADRESSE_CODE_POSTAL = "adresseCodePostal";
  static final String ADRESSE_COMMUNE = "adresseCommune";
  static final String ENGAGEMENT_RESTITUTION = "engagementRestitution";

  // Inputs of Decision_RevueDeclaration, outputs mapped by the business rule task.
  static final String NOMBRE_DECLARATIONS = "nombreDeclarations12Mois";
  static final String ADRESSE_MODIFIEE = "adresseModifiee";
  static final String AGE_BENEFICIAIRE = "ageBeneficiaire";
  static final String POSSEDE_CARTE = "possedeCarte";
  static final String REVUE_NECESSAIRE = "revueNecessaire";
  static final String MOTIF_REVUE = "motifRevue";

  /** True when a valid photo and identity document are on file for the beneficiary. */
  static final String PIECES_A_JOUR = "piecesAJour";

  // What the forms of the tasks on a dossier show about it (set when such a task is created).
  static final String BENEFICIAIRE_NOM = "beneficiaireNomComplet";
  static final String RESUME = "resumeDossier";

  // Agents' decisions.
  static final String DECISION = "decision";
  static final String DECISION_ACCEPTER = "accepter";
  static final String DECISION_REFUSER = "refuser";
  static final String MOTIF_REFUS = "motifRefus";

  // The files of the photo and identity step.
  static final String PHOTO = "photo";
  static final String PIECE_IDENTITE = "pieceIdentite";

  private DemandesCarteVitaleProcess() {}
}
