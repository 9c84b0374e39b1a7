package fr.cpam.demarches.engine.interne;

import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Makes the person who starts a dossier its initiator, whatever the start variables say, and
 * gives them the right to read it, and only that one: READ on the process instance while it
 * runs (its variables are a right of their own, which citizens do not have). Not READ on its
 * history: the engine lets that right read every historic variable of the dossier, the agents'
 * included (docs/securite.md). Every process gets this listener, so no model can forget it.
 */
@Component
class AutorisationDemandeurPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(AutorisationDemandeurPlugin.class);

  /** Switch {@code autorisations-sans-journal} (one engine per application). */
  static volatile boolean sansJournal = true;

  private final Correctifs correctifs;

  AutorisationDemandeurPlugin(Correctifs correctifs) {
    this.correctifs = correctifs;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    sansJournal = correctifs.actif(Correctifs.Correctif.AUTORISATIONS_SANS_JOURNAL);
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element element, ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) AutorisationDemandeurPlugin::accorder);
        processDefinition.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) AutorisationDemandeurPlugin::retirer);
      }
    });
  }

  static void accorder(DelegateExecution execution) {
    String demandeur = Context.getCommandContext().getAuthenticatedUserId();
    if (demandeur == null || !execution.getId().equals(execution.getProcessInstanceId())) {
      return;
    }
    imposerLeDemandeur(execution, demandeur);
    var configuration = Context.getProcessEngineConfiguration();
    sansJournalDesOperations(
        () -> {
          AuthorizationService autorisations = configuration.getAuthorizationService();
          autorisations.saveAuthorization(
              lecture(autorisations, demandeur, Resources.PROCESS_INSTANCE, execution.getProcessInstanceId(), ProcessInstancePermissions.READ));
        });
  }

  /**
   * Runs without authorization checks and without user operation log: these grants follow from
   * the start itself (recorded with its user in the process instance's history), nobody chose
   * them. Logged, each grant wrote 6 to 7 rows of {@code ACT_HI_OP_LOG} (one per property) at
   * every citizen start, charged to the citizen
   * (docs/decisions/0030-autorisations-du-demandeur-sans-journal.md). With the switch {@code
   * autorisations-sans-journal} off, the grants are logged as the engine logs any grant.
   */
  private static void sansJournalDesOperations(Runnable travail) {
    CommandContext contexte = Context.getCommandContext();
    boolean journal = contexte.isUserOperationLogEnabled();
    if (sansJournal) {
      contexte.disableUserOperationLog();
    }
    try {
      contexte.runWithoutAuthorization(
          () -> {
            travail.run();
            return null;
          });
    } finally {
      if (journal && sansJournal) {
        contexte.enableUserOperationLog();
      }
    }
  }

  /**
   * The initiator of a dossier is the person logged in, whatever the start variables say: a
   * citizen starting a procedure through the engine's REST API could otherwise pass
   * {@code initiator} and have the dossier's tasks assigned to someone else.
   */
  private static void imposerLeDemandeur(DelegateExecution execution, String demandeur) {
    Object nom =
        ((ExecutionEntity) execution).getProcessDefinition().getProperty(BpmnParse.PROPERTYNAME_INITIATOR_VARIABLE_NAME);
    if (nom instanceof String variable && !demandeur.equals(execution.getVariable(variable))) {
      LOG.warn("Dossier {} : variable {} fournie au démarrage remplacée par la personne connectée",
          execution.getBusinessKey(), variable);
      execution.setVariable(variable, demandeur);
    }
  }

  static void retirer(DelegateExecution execution) {
    if (!execution.getId().equals(execution.getProcessInstanceId())) {
      return;
    }
    var configuration = Context.getProcessEngineConfiguration();
    sansJournalDesOperations(
        () -> {
          AuthorizationService autorisations = configuration.getAuthorizationService();
          autorisations.createAuthorizationQuery()
              .resourceType(Resources.PROCESS_INSTANCE)
              .resourceId(execution.getProcessInstanceId())
              .list()
              .forEach(a -> autorisations.deleteAuthorization(a.getId()));
        });
  }

  private static Authorization lecture(
      AuthorizationService autorisations, String utilisateur, Resource ressource, String id, Permission permission) {
    Authorization autorisation = autorisations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    autorisation.setUserId(utilisateur);
    autorisation.setResource(ressource);
    autorisation.setResourceId(id);
    autorisation.addPermission(permission);
    return autorisation;
  }
}
