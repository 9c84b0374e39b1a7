package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.indemnites.interne.ArretTravail;

/**
 * The names shared by {@code processes/IndemnitesJournalieres.bpmn}, its decision, the Java code
 * and the tests: process key, element ids, messages, and the dossier's variables, which the
 * payment cycle it calls ({@link VersementsIndemnitesJournalieresProcess}) receives and returns
 * by name (decision 0090).
 */
final class IndemnitesJournalieresProcess {

  static final String CLE = "IndemnitesJournalieres";
  static final String PREFIXE_REFERENCE = "IJ";

  // Decisions
  static final String DECISION_VERIFICATION_ATTESTATION = "Decision_VerificationAttestation";

  // Messages
  static final String MESSAGE_ATTESTATION = "AttestationSalaireRecue";

  // Elements
  static final String START = "StartEvent_AvisArretRecu";
  static final String TACHE_ATTENDRE_ATTESTATION = "Task_AttendreAttestation";
  static final String BOUNDARY_RAPPEL = "Boundary_RappelEmployeur";
  static final String BOUNDARY_ATTESTATION_NON_RECUE = "Boundary_AttestationNonRecue";
  static final String BOUNDARY_ATTESTATION_PENDANT_RELANCE = "Boundary_AttestationRecuePendantRelance";
  static final String TACHE_ENVOYER_RAPPEL = "Task_EnvoyerRappelEmployeur";
  static final String FIN_RAPPEL_ENVOYE = "EndEvent_RappelEnvoye";
  static final String TACHE_RELANCER_EMPLOYEUR = "Task_RelancerEmployeur";
  static final String TACHE_NOTIFIER_CLASSEMENT = "Task_NotifierClassement";
  static final String FIN_CLASSE = "EndEvent_DossierClasseSansAttestation";
  static final String TACHE_CONTROLER_ATTESTATION = "Task_ControlerAttestation";
  static final String TACHE_VERIFIER_ATTESTATION = "Task_VerifierAttestation";
  static final String TACHE_DEMANDER_NOUVELLE_ATTESTATION = "Task_DemanderNouvelleAttestation";
  static final String TACHE_CALCULER_INDEMNITE = "Task_CalculerIndemnite";
  /** Calls {@link VersementsIndemnitesJournalieresProcess#CLE} with the dossier's reference as business key. */
  static final String APPEL_VERSER_INDEMNITES = "CallActivity_VerserIndemnites";
  static final String FIN_INDEMNISATION_CLOSE = "EndEvent_IndemnisationClose";

  // Variables
  static final String VAR_REFERENCE = "reference";
  static final String VAR_ASSURE = "assure";
  static final String VAR_NOM_ASSURE = "nomAssure";
  static final String VAR_CPAM = "cpam";
  // What the agents' forms show, written as a French reader expects it ("123 456 789 00012",
  // "10/03/2026"): no Java code and no model reads them; the record is ArretTravail.
  static final String VAR_SIRET = "siretEmployeur";
  static final String VAR_DATE_DEBUT = "dateDebut";
  static final String VAR_DATE_FIN = "dateFin";
  /** The SIRET the employer wrote on the attestation, or "Non indiqué". */
  static final String VAR_SIRET_ATTESTATION = "siretAttestation";
  /** The last day worked according to the attestation, or "Non indiqué". */
  static final String VAR_DERNIER_JOUR_TRAVAILLE = "dernierJourTravaille";
  // Facts of the attestation, inputs of Decision_VerificationAttestation
  static final String VAR_SIRET_CONCORDANT = "siretConcordant";
  static final String VAR_TRAVAIL_PENDANT_ARRET = "jourTravaillePendantArret";
  static final String VAR_HEURES = "heuresTravaillees";
  static final String VAR_TOTAL_SALAIRES = "totalSalaires";
  static final String VAR_SALAIRES = "salairesDeclares";
  static final String VAR_MOTIF_VERIFICATION = "motifVerification";
  static final String VAR_DECISION_ATTESTATION = "decisionAttestation";
  static final String VAR_ATTESTATION_CONFIRMEE = "attestationConfirmee";
  static final String VAR_SUITE_RELANCE = "suiteRelance";
  static final String VAR_POURSUIVRE_ATTENTE = "poursuivreAttente";
  // Inputs and outputs of Decision_EligibiliteIndemnites
  static final String VAR_PLUS_DE_SIX_MOIS = "plusDeSixMois";
  static final String VAR_HEURES_TROIS_MOIS = "heuresTroisMois";
  static final String VAR_SALAIRES_SIX_MOIS_SMIC = "salairesSixMoisEnSmicHoraire";
  static final String VAR_MOIS_IMMATRICULATION = "moisImmatriculation";
  static final String VAR_HEURES_DOUZE_MOIS = "heuresDouzeMois";
  static final String VAR_SALAIRES_DOUZE_MOIS_SMIC = "salairesDouzeMoisEnSmicHoraire";
  static final String VAR_DROITS_OUVERTS = "droitsOuverts";
  static final String VAR_MOTIF_DROITS = "motifDroits";
  // Task_ObtenirChiffreManquant: the figures the agent obtained from the employer (API names of the attestation)
  static final String VAR_SALAIRES_SIX_MOIS = "salairesBrutsSixMois";
  static final String VAR_HEURES_DOUZE_MOIS_SAISIES = "heuresTravailleesDouzeMois";
  static final String VAR_SALAIRES_DOUZE_MOIS = "salairesBrutsDouzeMois";
  static final String VAR_COMMENTAIRE_CHIFFRE = "commentaireChiffre";
  // Decision_AvisMedical
  static final String VAR_DUREE_ARRET = "dureeArretJours";
  static final String VAR_AVIS_MEDICAL_DEMANDE = "avisMedicalDemande";
  static final String VAR_AVIS_MEDICAL_REQUIS = "avisMedicalRequis";
  static final String VAR_AVIS_MEDICAL = "avisMedical";
  static final String VAR_DATE_EFFET_AVIS = "dateEffetAvis";
  static final String VAR_AVIS_FAVORABLE = "avisFavorable";
  // Payments
  static final String VAR_MONTANT_JOURNALIER = "montantJournalier";
  static final String VAR_FIN_PERIODE = "finPeriode";
  static final String VAR_MONTANT_A_VERSER = "montantAVerser";
  static final String VAR_INDEMNISATION_TERMINEE = "indemnisationTerminee";
  static final String VAR_ECHEANCE_ATTEINTE = "echeanceAtteinte";

  private IndemnitesJournalieresProcess() {}
}
