package fr.cpam.demarches.messagerie;

/**
 * Ids and variable names of {@code processes/MessageAssure.bpmn} and its DMN, shared by the
 * models, the Java glue and the tests.
 */
final class MessageAssureProcess {

  static final String CLE = "MessageAssure";
  static final String PREFIXE_REFERENCE = "MS";

  static final String DECISION_SERVICE = "Decision_ServiceMessage";
  static final String DECISION_DELAI = "Decision_DelaiReponse";

  // Elements
  static final String START = "StartEvent_MessageEcrit";
  static final String TACHE_ENREGISTRER_MESSAGE = "Task_EnregistrerMessage";
  static final String TACHE_DETERMINER_SERVICE = "Task_DeterminerService";
  static final String TACHE_DETERMINER_DELAI = "Task_DeterminerDelai";
  static final String SOUS_PROCESSUS_TRAITEMENT = "SubProcess_TraiterMessage";
  static final String TACHE_TRAITER = "Task_TraiterMessage";
  static final String TACHE_CHANGER_SERVICE = "Task_ChangerService";
  static final String TACHE_EN_RETARD = "Task_MessageEnRetard";
  static final String TACHE_REAFFECTER = "Task_ReaffecterMessage";
  static final String TACHE_ENVOYER_REPONSE = "Task_EnvoyerReponse";
  static final String TACHE_DEMANDER_COMPLEMENT = "Task_DemanderComplement";
  static final String TACHE_COMPLETER_DEMANDE = "Task_CompleterDemande";
  static final String TACHE_ENREGISTRER_COMPLEMENT = "Task_EnregistrerComplement";
  static final String TACHE_CLORE_SANS_REPONSE = "Task_CloreSansReponse";
  static final String TIMER_DELAI_DEPASSE = "StartEvent_DelaiDepasse";
  static final String BOUNDARY_SANS_REPONSE = "Boundary_SansReponseAssure";
  static final String BOUNDARY_COMPLEMENT_RECU = "Boundary_ComplementRecu";
  static final String FIN_REPONSE_ENVOYEE = "EndEvent_ReponseEnvoyee";
  static final String FIN_CLOS_SANS_REPONSE = "EndEvent_ClosSansReponse";
  static final String FIN_MESSAGE_REAFFECTE = "EndEvent_MessageReaffecte";
  static final String FIN_REPONDU_PAR_SUPERVISEUR = "EndEvent_ReponduParSuperviseur";
  static final String BOUNDARY_REPONDU_PAR_SUPERVISEUR = "Boundary_ReponduParSuperviseur";

  static final String MESSAGE_COMPLEMENT_RECU = "ComplementRecu";

  // Variables
  static final String REFERENCE = "reference";
  static final String INITIATOR = "initiator";
  static final String MOTIF = "motif";
  static final String TYPE = "type";
  static final String OBJET = "objet";
  static final String TEXTE = "texte";
  static final String MOTIF_LIBELLE = "motifLibelle";
  static final String TYPE_LIBELLE = "typeLibelle";
  static final String GROUPE_TRAITANT = "groupeTraitant";
  static final String GROUPE_PREMIER_NIVEAU = "groupePremierNiveau";
  static final String DELAI_JOURS_OUVRES = "delaiJoursOuvres";
  static final String DATE_ECHEANCE = "dateEcheance";
  static final String CONVERSATION = "conversation";
  static final String ENTETE = "entete";
  static final String PEUT_RENDRE = "peutRendre";
  // Agent's answers (Form_TraiterMessage)
  static final String DECISION = "decision";
  static final String REPONSE = "reponse";
  static final String CONTESTATION_DECISION = "contestationDecision";
  static final String QUESTION = "question";
  static final String SERVICE_CIBLE = "serviceCible";
  static final String MOTIF_TRANSFERT = "motifTransfert";
  static final String AUTEUR_REPONSE = "auteurReponse";
  // Supervisor's answers (Form_MessageEnRetard)
  static final String ACTION_SUPERVISEUR = "actionSuperviseur";
  static final String SERVICE_REAFFECTATION = "serviceReaffectation";
  static final String AGENT_REAFFECTATION = "agentReaffectation";
  static final String REPONSE_SUPERVISEUR = "reponseSuperviseur";
  static final String CONTESTATION_SUPERVISEUR = "contestationDecisionSuperviseur";
  static final String AUTEUR_REAFFECTATION = "auteurReaffectation";
  // Citizen's task (Form_CompleterDemande)
  static final String QUESTION_CPAM = "questionCpam";
  static final String COMPLEMENT = "complement";
  static final String DATE_LIMITE_COMPLEMENT = "dateLimiteComplement";

  // Values of "decision" and "actionSuperviseur"
  static final String REPONDRE = "repondre";
  static final String DEMANDER_COMPLEMENT = "complement";
  static final String TRANSMETTRE = "transmettre";
  static final String RENDRE = "rendre";
  static final String REAFFECTER = "reaffecter";

  private MessageAssureProcess() {}
}
