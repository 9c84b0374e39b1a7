package fr.cpam.demarches.indemnites;

/**
 * The names of {@code processes/VersementsIndemnitesJournalieres.bpmn}, the payment cycle that
 * {@code IndemnitesJournalieres} calls ({@link IndemnitesJournalieresProcess#APPEL_VERSER_INDEMNITES})
 * with the dossier's reference as business key: process key, decisions, messages and element ids.
 * Its variables are the dossier's ({@link IndemnitesJournalieresProcess}), passed by name in and
 * out of the call (decision 0090).
 */
final class VersementsIndemnitesJournalieresProcess {

  static final String CLE = "VersementsIndemnitesJournalieres";

  // Decisions
  static final String DECISION_ELIGIBILITE = "Decision_EligibiliteIndemnites";
  static final String DECISION_AVIS_MEDICAL = "Decision_AvisMedical";

  // Messages, correlated by the dossier's reference (the business key the call passes)
  static final String MESSAGE_ARRET_MODIFIE = "ArretModifie";
  /** From the payment run: a due payment that needs the dossier's decisions. */
  static final String MESSAGE_ECHEANCE_A_DECIDER = "EcheanceADecider";

  // Elements
  static final String START = "StartEvent_IndemniteCalculee";
  static final String TACHE_DETERMINER_PERIODE = "Task_DeterminerPeriode";
  static final String GATEWAY_DECISION_DROITS = "Gateway_DecisionDroits";
  static final String TACHE_VERIFIER_DROITS = "Task_VerifierDroits";
  static final String TACHE_OBTENIR_CHIFFRE = "Task_ObtenirChiffreManquant";
  static final String TACHE_NOTIFIER_DROITS_NON_OUVERTS = "Task_NotifierDroitsNonOuverts";
  static final String FIN_DROITS_NON_OUVERTS = "EndEvent_DroitsNonOuverts";
  static final String TACHE_DETERMINER_AVIS_MEDICAL = "Task_DeterminerAvisMedical";
  static final String TACHE_DONNER_AVIS_MEDICAL = "Task_DonnerAvisMedical";
  static final String TACHE_NOTIFIER_AVIS_DEFAVORABLE = "Task_NotifierAvisDefavorable";
  static final String FIN_AVIS_FAVORABLE = "EndEvent_AvisFavorable";
  static final String FIN_AVIS_DEFAVORABLE = "EndEvent_AvisDefavorableNotifie";
  static final String TACHE_CALCULER_VERSEMENT = "Task_CalculerVersement";
  static final String TACHE_EFFECTUER_VIREMENT = "Task_EffectuerVirement";
  static final String TACHE_NOTIFIER_FIN = "Task_NotifierFinIndemnisation";
  static final String FIN_TERMINEE = "EndEvent_IndemnisationTerminee";
  static final String TACHE_PLANIFIER_ECHEANCE = "Task_PlanifierEcheance";
  static final String GATEWAY_ATTENTE_ECHEANCE = "Gateway_AttenteEcheance";
  static final String EVENT_ECHEANCE = "Event_EcheanceVersement";
  static final String EVENT_ARRET_MODIFIE = "Event_ArretModifie";

  private VersementsIndemnitesJournalieresProcess() {}
}
