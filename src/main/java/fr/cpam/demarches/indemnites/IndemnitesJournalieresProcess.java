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
  static final String REFERENCE = "reference";
  static final String ASSURE = "assure";
  static final String NOM_ASSURE = "nomAssure";
  static final String CPAM = "cpam";
  // What the agents' forms show, written as a French reader expects it ("123 456 789 00012",
  // "10/03/2026"): no Java code and no model reads them; the record is ArretTravail.
  static final String SIRET = "siretEmployeur";
  static final String DATE_DEBUT = "dateDebut";
  static final String DATE_FIN = "dateFin";
  /** The SIRET the employer wrote on the attestation, or "Non indiqué". */
  static final String SIRET_ATTESTATION = "siretAttestation";
  /** The last day worked according to the attestation, or "Non indiqué". */
  static final String DERNIER_JOUR_TRAVAILLE = "dernierJourTravaille";
  // Facts of the attestation, inputs of Decision_VerificationAttestation
  static final String SIRET_CONCORDANT = "siretConcordant";
  static final String TRAVAIL_PENDANT_ARRET = "jourTravaillePendantArret";
  static final String HEURES = "heuresTravaillees";
  static final String TOTAL_SALAIRES = "totalSalaires";
  static final String SALAIRES = "salairesDeclares";
  static final String MOTIF_VERIFICATION = "motifVerification";
  static final String DECISION_ATTESTATION = "decisionAttestation";
  static final String ATTESTATION_CONFIRMEE = "attestationConfirmee";
  static final String SUITE_RELANCE = "suiteRelance";
  static final String POURSUIVRE_ATTENTE = "poursuivreAttente";
  // Inputs and outputs of Decision_EligibiliteIndemnites
  static final String PLUS_DE_SIX_MOIS = "plusDeSixMois";
  static final String HEURES_TROIS_MOIS = "heuresTroisMois";
  static final String SALAIRES_SIX_MOIS_SMIC = "salairesSixMoisEnSmicHoraire";
  static final String MOIS_IMMATRICULATION = "moisImmatriculation";
  static final String HEURES_DOUZE_MOIS = "heuresDouzeMois";
  static final String SALAIRES_DOUZE_MOIS_SMIC = "salairesDouzeMoisEnSmicHoraire";
  static final String DROITS_OUVERTS = "droitsOuverts";
  static final String MOTIF_DROITS = "motifDroits";
  // Task_ObtenirChiffreManquant: the figures the agent obtained from the employer (API names of the attestation)
  static final String SALAIRES_SIX_MOIS = "salairesBrutsSixMois";
  static final String HEURES_DOUZE_MOIS_SAISIES = "heuresTravailleesDouzeMois";
  static final String SALAIRES_DOUZE_MOIS = "salairesBrutsDouzeMois";
  static final String COMMENTAIRE_CHIFFRE = "commentaireChiffre";
  // Decision_AvisMedical
  static final String DUREE_ARRET = "dureeArretJours";
  static final String AVIS_MEDICAL_DEMANDE = "avisMedicalDemande";
  static final String AVIS_MEDICAL_REQUIS = "avisMedicalRequis";
  static final String AVIS_MEDICAL = "avisMedical";
  static final String DATE_EFFET_AVIS = "dateEffetAvis";
  static final String AVIS_FAVORABLE = "avisFavorable";
  // Payments
  static final String MONTANT_JOURNALIER = "montantJournalier";
  static final String FIN_PERIODE = "finPeriode";
  static final String MONTANT_A_VERSER = "montantAVerser";
  static final String INDEMNISATION_TERMINEE = "indemnisationTerminee";
  static final String ECHEANCE_ATTEINTE = "echeanceAtteinte";

  private IndemnitesJournalieresProcess() {}
}
