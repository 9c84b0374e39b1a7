package fr.cpam.demarches.abandon;

import fr.cpam.demarches.commun.ConflitException;
import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.notification.NotificationService;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of giving up a démarche: only her own (started by her), only while the dossier waits
 * at nothing else than one of her steps marked {@value #PROPRIETE} = {@value #POSSIBLE} in the
 * model. The engine runs as the server here (a citizen may not end a dossier by its API).
 */
@Service
class AbandonDemarche {

  static final String PROPRIETE = "abandon";
  static final String POSSIBLE = "possible";
  /** The engine's reason for ending the dossier, kept in its history: what her pages say. */
  static final String RAISON = "Annulée par l'assuré";
  /**
   * Set on the dossier just before it ends, kept in the engine's history: how "Mes démarches"
   * finds her abandoned dossiers by one query (the engine does not query by reason of ending).
   */
  static final String VARIABLE = "annuleeParLAssure";

  /** What she may do with a dossier of hers. */
  record Abandon(String reference, String demarche, boolean possible, String raison) {}

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final NotificationService notifications;

  AbandonDemarche(
      RuntimeService runtimeService,
      HistoryService historyService,
      TaskService taskService,
      RepositoryService repositoryService,
      NotificationService notifications) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.notifications = notifications;
  }

  /** Whether she may give up this dossier now, and why not. */
  @Transactional(readOnly = true)
  Abandon examiner(String assure, String reference) {
    ProcessInstance dossier = sonDossier(assure, reference);
    String demarche = repositoryService.getProcessDefinition(dossier.getProcessDefinitionId()).getName();
    String refus = refus(assure, dossier);
    return new Abandon(reference, demarche, refus == null, refus);
  }

  /** Ends the dossier "annulée par l'assuré" and tells her, or says why it cannot be. */
  @Transactional
  Abandon abandonner(String assure, String reference) {
    Abandon abandon = examiner(assure, reference);
    if (!abandon.possible()) {
      throw new ConflitException(null, abandon.raison());
    }
    ProcessInstance dossier = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).rootProcessInstances().active()
        .singleResult();
    runtimeService.setVariable(dossier.getId(), VARIABLE, true);
    // Her form's listeners would record it on its end: nothing of it is kept.
    runtimeService.deleteProcessInstance(dossier.getId(), RAISON, true);
    notifications.notifier(assure, reference, "Démarche annulée",
        "Vous avez annulé la démarche « " + abandon.demarche() + " » (dossier " + reference + ") avant qu'elle soit enregistrée :"
            + " rien n'a été transmis à votre CPAM. Vous pouvez la recommencer quand vous le souhaitez.");
    return new Abandon(reference, abandon.demarche(), false, "Démarche annulée.");
  }

  /**
   * Her running dossier with this reference (the root instance: a called model, such as the payment
   * cycle of an arrêt, carries the same business key); another person's answers as one that does not exist.
   */
  private ProcessInstance sonDossier(String assure, String reference) {
    IntrouvableException introuvable = new IntrouvableException(
        "Aucune de vos démarches en cours n'a la référence " + reference + " : elle est peut-être déjà terminée.");
    ProcessInstance dossier = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).rootProcessInstances().singleResult();
    if (dossier == null) {
      throw introuvable;
    }
    HistoricProcessInstance debut = historyService.createHistoricProcessInstanceQuery().processInstanceId(dossier.getId()).singleResult();
    if (debut == null || !assure.equals(debut.getStartUserId())) {
      throw introuvable;
    }
    return dossier;
  }

  /** Why she may not give it up now, or null when she may. */
  private String refus(String assure, ProcessInstance dossier) {
    if (dossier.isSuspended()) {
      return "Ce dossier est suspendu par votre CPAM : il ne peut pas être annulé maintenant.";
    }
    List<Task> taches = taskService.createTaskQuery().processInstanceId(dossier.getId()).active().list();
    ActivityInstance racine = runtimeService.getActivityInstance(dossier.getId());
    long enCours = compter(racine);
    boolean seulementSesEtapesAbandonnables = !taches.isEmpty() && taches.size() == enCours
        && taches.stream().allMatch(t -> assure.equals(t.getAssignee()) && abandonnable(t));
    return seulementSesEtapesAbandonnables ? null
        : "Votre CPAM a déjà enregistré cette démarche (dossier " + dossier.getBusinessKey() + ") : elle ne peut plus être annulée"
            + " ici. Pour l'arrêter, écrivez à votre CPAM depuis la messagerie de Mon espace.";
  }

  /** Activities under way (the process itself and its sub-processes aside). */
  private static long compter(ActivityInstance instance) {
    long n = 0;
    for (ActivityInstance enfant : instance.getChildActivityInstances()) {
      n += enfant.getChildActivityInstances().length == 0 && enfant.getChildTransitionInstances().length == 0 ? 1 : compter(enfant);
    }
    return n + instance.getChildTransitionInstances().length;
  }

  private boolean abandonnable(Task tache) {
    UserTask element = repositoryService.getBpmnModelInstance(tache.getProcessDefinitionId()).getModelElementById(tache.getTaskDefinitionKey());
    if (element == null || element.getExtensionElements() == null) {
      return false;
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .anyMatch(p -> PROPRIETE.equals(p.getCamundaName()) && POSSIBLE.equals(p.getCamundaValue()));
  }
}
