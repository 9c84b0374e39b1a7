package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.messagerie.interne.Conversation;
import fr.cpam.demarches.messagerie.interne.ConversationRepository;
import fr.cpam.demarches.messagerie.interne.Echange;
import fr.cpam.demarches.messagerie.interne.NatureEchange;
import fr.cpam.demarches.messagerie.interne.StatutConversation;
import fr.cpam.demarches.notification.NotificationsDesDossiers;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;

/** Every path of {@code MessageAssure}, driven as the people of the demo would. */
@TestIntegration
@TestExecutionListeners(
    listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class MessageAssureProcessIntTest {

  /** Wednesday 13 May 2026, 10:00 in Paris: the day before Ascension. */
  static final ZonedDateTime VEILLE_ASCENSION = ZonedDateTime.of(2026, 5, 13, 10, 0, 0, 0, Fuseau.PARIS);
  /** 2 working days later: Thursday 14 (Ascension) is a holiday, Friday 15, then Monday 18. */
  static final ZonedDateTime ECHEANCE = ZonedDateTime.of(2026, 5, 18, 10, 0, 0, 0, Fuseau.PARIS);

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired ConversationRepository conversations;
  @Autowired NotificationsDesDossiers notifications;

  @BeforeEach
  void initialiser() {
    BpmnAwareTests.init(processEngine);
    HorlogeDeTest.regler(VEILLE_ASCENSION);
  }

  @AfterEach
  void remettreLHorloge() {
    identityService.clearAuthentication();
  }

  @Test
  void une_question_recoit_une_reponse_du_service_et_la_conversation_est_close() {
    ProcessInstance pi = ecrire("DROITS_DEMARCHES", "question");
    String reference = pi.getBusinessKey();

    assertThat(pi).hasPassed(TACHE_ENREGISTRER_MESSAGE, TACHE_DETERMINER_SERVICE, TACHE_DETERMINER_DELAI).isWaitingAt(TACHE_TRAITER);
    assertThat(reference).startsWith("MS-2026-");
    assertThat(runtimeService.getVariable(pi.getId(), REFERENCE)).isEqualTo(reference);
    Task tache = tache(pi, TACHE_TRAITER);
    assertThat(groupesCandidats(tache)).containsExactly(Groupes.GESTION_DROITS);
    assertThat(tache.getDueDate()).isEqualTo(Date.from(ECHEANCE.toInstant()));
    assertThat((String) taskService.getVariableLocal(tache.getId(), CONVERSATION)).contains("Claire DUBOIS (assuré)");
    assertThat(runtimeService.getVariable(pi.getId(), CONVERSATION)).as("une variable de la tâche de l'agent seulement").isNull();
    Conversation avant = conversations.findByReference(reference).orElseThrow();
    assertThat(avant.getServiceActuel()).isEqualTo(Groupes.GESTION_DROITS);
    assertThat(avant.getDateEcheance()).isEqualTo(ECHEANCE.toInstant());

    completer(tache, "agent.droits", Groupes.GESTION_DROITS, Map.of(DECISION, REPONDRE, REPONSE, "Votre attestation est disponible dans votre compte."));
    executerJob(pi, TACHE_ENVOYER_REPONSE);

    assertThat(pi).isEnded().hasPassed(FIN_REPONSE_ENVOYEE);
    Conversation c = conversations.findByReference(reference).orElseThrow();
    assertThat(c.getStatut()).isEqualTo(StatutConversation.CLOTUREE);
    Echange reponse = dernier(c);
    assertThat(reponse.getNature()).isEqualTo(NatureEchange.REPONSE);
    assertThat(reponse.getAuteur()).isEqualTo("agent.droits");
    assertThat(reponse.getService()).isEqualTo(Groupes.GESTION_DROITS);
    assertThat(reponse.getTexte()).isEqualTo("Votre attestation est disponible dans votre compte.").doesNotContain("recours");
    assertThat(notifications.titresDe(reference))
        .containsExactly("Réponse à votre message « Objet du test »");
  }

  @Test
  void une_reclamation_contre_une_decision_recoit_la_mention_de_la_commission_de_recours_amiable() {
    ProcessInstance pi = ecrire("ARRET_TRAVAIL", "reclamation");
    Task tache = tache(pi, TACHE_TRAITER);
    assertThat(groupesCandidats(tache)).containsExactly(Groupes.PRESTATIONS_ESPECES);
    // Réclamation: 5 working days, Ascension and the week-end skipped.
    assertThat(tache.getDueDate()).isEqualTo(Date.from(ZonedDateTime.of(2026, 5, 21, 10, 0, 0, 0, Fuseau.PARIS).toInstant()));

    completer(tache, "agent.prestations", Groupes.PRESTATIONS_ESPECES,
        Map.of(DECISION, REPONDRE, REPONSE, "Le refus est maintenu : la condition d'heures n'est pas remplie.", CONTESTATION_DECISION, true));
    executerJob(pi, TACHE_ENVOYER_REPONSE);

    assertThat(dernier(conversations.findByReference(pi.getBusinessKey()).orElseThrow()).getTexte())
        .startsWith("Le refus est maintenu")
        .contains("Commission de recours amiable de la CPAM de Paris", "délai de 2 mois");
  }

  @Test
  void transmis_au_second_niveau_puis_rendu_au_premier_le_message_garde_son_echeance() {
    ProcessInstance pi = ecrire("AUTRE", "question");
    Task accueil = tache(pi, TACHE_TRAITER);
    assertThat(groupesCandidats(accueil)).containsExactly(Groupes.ACCUEIL);
    assertThat(runtimeService.getVariable(pi.getId(), PEUT_RENDRE)).isEqualTo(false);

    completer(accueil, "agent.accueil", Groupes.ACCUEIL,
        Map.of(DECISION, TRANSMETTRE, SERVICE_CIBLE, Groupes.PRESTATIONS_ESPECES, MOTIF_TRANSFERT, "Question sur un calcul d'IJ."));
    executerJob(pi, TACHE_CHANGER_SERVICE);

    Task expert = tache(pi, TACHE_TRAITER);
    assertThat(groupesCandidats(expert)).containsExactly(Groupes.PRESTATIONS_ESPECES);
    assertThat(expert.getDueDate()).isEqualTo(Date.from(ECHEANCE.toInstant()));
    assertThat(runtimeService.getVariable(pi.getId(), PEUT_RENDRE)).isEqualTo(true);
    assertThat(runtimeService.getVariable(pi.getId(), DECISION)).as("les réponses précédentes sont effacées").isNull();

    completer(expert, "agent.prestations", Groupes.PRESTATIONS_ESPECES,
        Map.of(DECISION, RENDRE, MOTIF_TRANSFERT, "Montant exact : 32,88 € par jour ; répondez à l'assurée."));
    executerJob(pi, TACHE_CHANGER_SERVICE);

    Task retour = tache(pi, TACHE_TRAITER);
    assertThat(groupesCandidats(retour)).containsExactly(Groupes.ACCUEIL);
    assertThat(retour.getDueDate()).isEqualTo(Date.from(ECHEANCE.toInstant()));
    completer(retour, "agent.accueil", Groupes.ACCUEIL, Map.of(DECISION, REPONDRE, REPONSE, "Votre indemnité est de 32,88 € par jour."));
    executerJob(pi, TACHE_ENVOYER_REPONSE);

    assertThat(pi).isEnded();
    Conversation c = conversations.findByReference(pi.getBusinessKey()).orElseThrow();
    assertThat(c.getEchanges()).extracting(Echange::getNature)
        .containsExactly(NatureEchange.MESSAGE, NatureEchange.TRANSFERT, NatureEchange.RENVOI, NatureEchange.REPONSE);
    assertThat(c.getEchanges().get(1).getTexte()).isEqualTo("Transmis au service Prestations en espèces : Question sur un calcul d'IJ.");
    assertThat(c.getEchanges().get(2).getService()).isEqualTo(Groupes.PRESTATIONS_ESPECES);
    assertThat(dernier(c).getService()).isEqualTo(Groupes.ACCUEIL);
  }

  @Test
  void le_complement_demande_est_donne_dans_tasklist_et_le_traitement_reprend_avec_une_nouvelle_echeance() {
    ProcessInstance pi = ecrire("CARTE_VITALE", "question");
    completer(tache(pi, TACHE_TRAITER), "agent.droits", Groupes.GESTION_DROITS,
        Map.of(DECISION, DEMANDER_COMPLEMENT, QUESTION, "Pour quel bénéficiaire demandez-vous la carte ?"));
    executerJob(pi, TACHE_DEMANDER_COMPLEMENT);

    Task citoyenne = tache(pi, TACHE_COMPLETER_DEMANDE);
    assertThat(citoyenne.getAssignee()).isEqualTo(Http.CLAIRE);
    assertThat(citoyenne.getDueDate()).isEqualTo(Date.from(VEILLE_ASCENSION.plusDays(30).toInstant()));
    assertThat(runtimeService.getVariable(pi.getId(), QUESTION_CPAM)).isEqualTo("Pour quel bénéficiaire demandez-vous la carte ?");
    assertThat(conversations.findByReference(pi.getBusinessKey()).orElseThrow().getStatut()).isEqualTo(StatutConversation.EN_ATTENTE_ASSURE);

    // Claire answers a week later, on Wednesday 20 May: the new due date counts from her answer.
    HorlogeDeTest.regler(VEILLE_ASCENSION.plusDays(7));
    assertThatThrownBy(() -> completer(citoyenne, Http.CLAIRE, Groupes.ASSURES, Map.of(COMPLEMENT, "  ")))
        .isInstanceOf(FormulaireInvalideException.class)
        .hasMessageContaining("Écrivez votre réponse à la question de votre CPAM.");
    completer(citoyenne, Http.CLAIRE, Groupes.ASSURES, Map.of(COMPLEMENT, "Pour mon fils Hugo."));
    executerJob(pi, TACHE_ENREGISTRER_COMPLEMENT);

    Task reprise = tache(pi, TACHE_TRAITER);
    assertThat(reprise.getDueDate()).isEqualTo(Date.from(ZonedDateTime.of(2026, 5, 22, 10, 0, 0, 0, Fuseau.PARIS).toInstant()));
    Conversation c = conversations.findByReference(pi.getBusinessKey()).orElseThrow();
    assertThat(c.getStatut()).isEqualTo(StatutConversation.EN_COURS);
    assertThat(dernier(c).getNature()).isEqualTo(NatureEchange.COMPLEMENT);
    assertThat(dernier(c).getAuteur()).isEqualTo(Http.CLAIRE);
    assertThat((String) taskService.getVariableLocal(reprise.getId(), CONVERSATION)).contains("Pour mon fils Hugo");

    completer(reprise, "agent.droits", Groupes.GESTION_DROITS, Map.of(DECISION, REPONDRE, REPONSE, "La carte de Hugo est commandée."));
    executerJob(pi, TACHE_ENVOYER_REPONSE);
    assertThat(pi).isEnded().hasPassed(TACHE_ENREGISTRER_COMPLEMENT, FIN_REPONSE_ENVOYEE);
  }

  @Test
  void le_complement_recu_par_la_messagerie_reprend_le_traitement_sans_la_tache_tasklist() {
    ProcessInstance pi = ecrire("COMPLEMENTAIRE_SANTE_SOLIDAIRE", "question");
    completer(tache(pi, TACHE_TRAITER), "agent.droits", Groupes.GESTION_DROITS,
        Map.of(DECISION, DEMANDER_COMPLEMENT, QUESTION, "Quels sont vos revenus de 2025 ?"));
    executerJob(pi, TACHE_DEMANDER_COMPLEMENT);

    runtimeService.createMessageCorrelation(MESSAGE_COMPLEMENT_RECU).processInstanceBusinessKey(pi.getBusinessKey()).correlate();

    assertThat(pi).hasPassed(BOUNDARY_COMPLEMENT_RECU).hasNotPassed(TACHE_ENREGISTRER_COMPLEMENT).isWaitingAt(TACHE_TRAITER);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TACHE_COMPLETER_DEMANDE).count()).isZero();
  }

  @Test
  void sans_complement_pendant_30_jours_la_demande_est_close_avec_une_note() {
    ProcessInstance pi = ecrire("MATERNITE_PATERNITE", "question");
    completer(tache(pi, TACHE_TRAITER), "agent.prestations", Groupes.PRESTATIONS_ESPECES,
        Map.of(DECISION, DEMANDER_COMPLEMENT, QUESTION, "Quelle est la date prévue de l'accouchement ?"));
    executerJob(pi, TACHE_DEMANDER_COMPLEMENT);

    Job minuteur = job(pi, BOUNDARY_SANS_REPONSE);
    HorlogeDeTest.regler(VEILLE_ASCENSION.plusDays(29));
    assertThat(managementService.createJobQuery().jobId(minuteur.getId()).executable().count()).as("pas avant 30 jours").isZero();
    HorlogeDeTest.regler(VEILLE_ASCENSION.plusDays(30).plusMinutes(1));
    assertThat(managementService.createJobQuery().jobId(minuteur.getId()).executable().count()).isOne();
    managementService.executeJob(minuteur.getId());
    executerJob(pi, TACHE_CLORE_SANS_REPONSE);

    assertThat(pi).isEnded().hasPassed(FIN_CLOS_SANS_REPONSE);
    Conversation c = conversations.findByReference(pi.getBusinessKey()).orElseThrow();
    assertThat(c.getStatut()).isEqualTo(StatutConversation.CLOTUREE);
    assertThat(dernier(c).getNature()).isEqualTo(NatureEchange.CLOTURE);
    assertThat(dernier(c).getTexte()).contains("Sans réponse de votre part dans le délai de 30 jours");
    assertThat(notifications.titresDe(pi.getBusinessKey()))
        .containsExactly("Votre CPAM a besoin d'un complément", "Demande clôturée : « Objet du test »");
  }

  @Test
  void a_l_echeance_les_superviseurs_recoivent_le_message_en_retard_et_peuvent_le_reaffecter() {
    ProcessInstance pi = ecrire("REMBOURSEMENTS", "signalement");
    Job minuteur = job(pi, TIMER_DELAI_DEPASSE);
    assertThat(minuteur.getDuedate()).isEqualTo(Date.from(ECHEANCE.toInstant()));
    HorlogeDeTest.regler(ECHEANCE.minusMinutes(1));
    assertThat(managementService.createJobQuery().jobId(minuteur.getId()).executable().count()).isZero();
    HorlogeDeTest.regler(ECHEANCE.plusMinutes(1));
    assertThat(managementService.createJobQuery().jobId(minuteur.getId()).executable().count()).isOne();
    managementService.executeJob(minuteur.getId());

    assertThat(pi).isWaitingAt(TACHE_TRAITER, TACHE_EN_RETARD);
    Task retard = tache(pi, TACHE_EN_RETARD);
    assertThat(groupesCandidats(retard)).containsExactly(Groupes.SUPERVISEURS);
    assertThat(retard.getPriority()).isEqualTo(80);
    assertThat(retard.getDueDate()).as("l'échéance du message, déjà dépassée").isEqualTo(tache(pi, TACHE_TRAITER).getDueDate());
    assertThat(retard.getFollowUpDate()).isAfter(Date.from(HorlogeDeTest.maintenant()));
    assertThat((String) taskService.getVariableLocal(retard.getId(), ENTETE)).contains("Service : Accueil");

    assertThatThrownBy(() -> completer(retard, "superviseur", Groupes.SUPERVISEURS,
            Map.of(ACTION_SUPERVISEUR, REAFFECTER, SERVICE_REAFFECTATION, Groupes.GESTION_DROITS, AGENT_REAFFECTATION, "agent.accueil")))
        .isInstanceOf(FormulaireInvalideException.class)
        .hasMessageContaining("Aucun agent « agent.accueil » dans le service Gestion des droits et des bénéficiaires.");
    completer(retard, "superviseur", Groupes.SUPERVISEURS,
        Map.of(ACTION_SUPERVISEUR, REAFFECTER, SERVICE_REAFFECTATION, Groupes.GESTION_DROITS, AGENT_REAFFECTATION, "agent.droits"));
    executerJob(pi, TACHE_REAFFECTER);

    assertThat(pi).hasPassed(FIN_MESSAGE_REAFFECTE).isWaitingAt(TACHE_TRAITER);
    Task traiter = tache(pi, TACHE_TRAITER);
    assertThat(groupesCandidats(traiter)).containsExactly(Groupes.GESTION_DROITS);
    assertThat(traiter.getAssignee()).isEqualTo("agent.droits");
    Conversation c = conversations.findByReference(pi.getBusinessKey()).orElseThrow();
    assertThat(c.getServiceActuel()).isEqualTo(Groupes.GESTION_DROITS);
    assertThat(dernier(c).getNature()).isEqualTo(NatureEchange.REAFFECTATION);
    assertThat(dernier(c).getAuteur()).isEqualTo("superviseur");
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().count())
        .as("le retard n'est signalé qu'une fois").isZero();
  }

  @Test
  void le_superviseur_qui_repond_lui_meme_clot_le_message_et_la_tache_de_l_agent() {
    ProcessInstance pi = ecrire("ACCIDENT_TIERS", "question");
    HorlogeDeTest.regler(ECHEANCE.plusHours(1));
    managementService.executeJob(job(pi, TIMER_DELAI_DEPASSE).getId());

    completer(tache(pi, TACHE_EN_RETARD), "superviseur", Groupes.SUPERVISEURS,
        Map.of(ACTION_SUPERVISEUR, REPONDRE, REPONSE_SUPERVISEUR, "Le service RCT a bien reçu votre déclaration."));

    assertThat(pi).hasPassed(BOUNDARY_REPONDU_PAR_SUPERVISEUR);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    executerJob(pi, TACHE_ENVOYER_REPONSE);
    assertThat(pi).isEnded();
    Echange reponse = dernier(conversations.findByReference(pi.getBusinessKey()).orElseThrow());
    assertThat(reponse.getNature()).isEqualTo(NatureEchange.REPONSE);
    assertThat(reponse.getAuteur()).isEqualTo("superviseur");
    assertThat(reponse.getService()).as("l'assuré lit le service du message").isEqualTo(Groupes.RCT);
  }

  @Test
  void le_formulaire_de_l_agent_est_verifie_sur_le_serveur() {
    ProcessInstance pi = ecrire("COMPTE_AMELI", "question");
    Task tache = tache(pi, TACHE_TRAITER);
    assertThat(tache.getDueDate()).as("1 jour ouvré pour un compte bloqué")
        .isEqualTo(Date.from(ZonedDateTime.of(2026, 5, 15, 10, 0, 0, 0, Fuseau.PARIS).toInstant()));

    assertThatThrownBy(() -> completer(tache, "agent.accueil", Groupes.ACCUEIL, Map.of(DECISION, REPONDRE, REPONSE, "")))
        .isInstanceOf(FormulaireInvalideException.class)
        .hasMessageContaining("Écrivez la réponse à l'assuré.");
    assertThatThrownBy(() -> completer(tache, "agent.accueil", Groupes.ACCUEIL,
            Map.of(DECISION, TRANSMETTRE, SERVICE_CIBLE, Groupes.ACCUEIL, MOTIF_TRANSFERT, "test")))
        .isInstanceOf(FormulaireInvalideException.class)
        .hasMessageContaining("Le message est déjà dans ce service");
    assertThatThrownBy(() -> completer(tache, "agent.accueil", Groupes.ACCUEIL, Map.of(DECISION, RENDRE, MOTIF_TRANSFERT, "test")))
        .isInstanceOf(FormulaireInvalideException.class)
        .hasMessageContaining("déjà au service de premier niveau");
    assertThatThrownBy(() -> completer(tache, "agent.accueil", Groupes.ACCUEIL, Map.of(DECISION, REPONDRE, REPONSE, "x".repeat(4001))))
        .isInstanceOf(FormulaireInvalideException.class)
        .hasMessageContaining("dépasse 4000 caractères");

    assertThat(pi).isWaitingAt(TACHE_TRAITER);
    assertThat(conversations.findByReference(pi.getBusinessKey()).orElseThrow().getEchanges()).hasSize(1);
  }

  @Test
  void un_message_invalide_ecrit_dans_tasklist_est_refuse_et_rien_n_est_enregistre() {
    long avant = conversations.count();
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(CLE).count();
    Map<String, Object> variables = new HashMap<>(Map.of(MOTIF, "INCONNU", TYPE, "question", OBJET, "Objet", TEXTE, "Texte"));

    assertThatThrownBy(() -> demarrer(variables))
        .isInstanceOf(FormulaireInvalideException.class)
        .hasMessageContaining("La valeur « INCONNU » n'est pas possible pour le champ « motif »");
    variables.put(MOTIF, "AUTRE");
    variables.put(TEXTE, "");
    assertThatThrownBy(() -> demarrer(variables)).isInstanceOf(FormulaireInvalideException.class).hasMessageContaining("Écrivez votre message.");

    assertThat(conversations.count()).isEqualTo(avant);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CLE).count()).isEqualTo(instances);
  }

  // --- helpers

  /** Claire writes from the Tasklist start form. */
  private ProcessInstance ecrire(String motif, String type) {
    return demarrer(Map.of(MOTIF, motif, TYPE, type, OBJET, "Objet du test", TEXTE, "Bonjour, voici ma demande."));
  }

  private ProcessInstance demarrer(Map<String, Object> variables) {
    identityService.setAuthentication(Http.CLAIRE, List.of(Groupes.ASSURES));
    try {
      return runtimeService.startProcessInstanceByKey(CLE, variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Completes a task as that person: the engine checks that they may. */
  private void completer(Task tache, String utilisateur, String groupe, Map<String, Object> variables) {
    identityService.setAuthentication(utilisateur, List.of(groupe));
    try {
      taskService.complete(tache.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Task tache(ProcessInstance pi, String cle) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(cle).singleResult();
  }

  private List<String> groupesCandidats(Task tache) {
    return taskService.getIdentityLinksForTask(tache.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private Job job(ProcessInstance pi, String activite) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activite).singleResult();
  }

  private void executerJob(ProcessInstance pi, String activite) {
    Job job = job(pi, activite);
    assertThat(job).as("job de " + activite).isNotNull();
    managementService.executeJob(job.getId());
  }

  private static Echange dernier(Conversation c) {
    return c.getEchanges().get(c.getEchanges().size() - 1);
  }
}
