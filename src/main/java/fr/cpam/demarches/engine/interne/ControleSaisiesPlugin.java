package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.engine.ActionRefuseeException;
import fr.cpam.demarches.engine.DemarragesLimitesException;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.interne.SaisiesDeclarees.Champ;
import fr.cpam.demarches.engine.interne.SaisiesDeclarees.Declaration;
import fr.cpam.demarches.engine.interne.SaisiesDeclarees.Genre;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.AbstractVariableQueryImpl;
import org.camunda.bpm.engine.impl.HistoricDecisionInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.FileValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a person may submit through the engine is decided by the server, per start and per user
 * task, never by the request (docs/securite.md, docs/decisions/0040).
 *
 * <p>Every command a logged-in person sends to the engine, from any door (the engine REST API
 * that Tasklist uses, {@code /engine-rest}, our {@code /api} services calling the engine as that
 * person), goes through {@link Intercepteur}. Administrators ({@code camunda-admin}) keep every
 * right of the engine; commands without a logged-in person (jobs, our services as the system)
 * are the server's own.
 *
 * <ul>
 *   <li>Completing a task (complete, submit-form, resolve) and writing or removing its variables:
 *       only the fields its form declares ({@link SaisiesDeclarees}), of their type, within their
 *       limits; a read-only field only unchanged; no Object, Bytes or JSON value; a file only
 *       where the model declares one.
 *   <li>Starting a procedure (start, submit-form, by id or key): only the start form's fields; no
 *       business key (the server gives the dossier its reference); a citizen starts at most
 *       {@code cpam.saisies.demarrages-par-jour} dossiers of one procedure a day.
 *   <li>Everything else that writes variables or moves a dossier (messages, signals,
 *       modifications, process-instance and execution variables, BPMN errors and escalations
 *       thrown from a task, starts at chosen activities, batches): refused, whatever the
 *       authorizations say.
 * </ul>
 *
 * <p>The checks run inside the command, before it writes anything, where the engine checks
 * the person's authorizations ({@link CommandChecker}): the task and the process definition
 * are those the command itself loads (no statement more). A refusal rolls the command back;
 * the REST API answers 400 with the French message, Tasklist shows it on the form.
 */
@Component
class ControleSaisiesPlugin extends AbstractProcessEnginePlugin implements SmartInitializingSingleton {

  /** Commands a person other than an administrator never sends. */
  static final Set<String> REFUSEES =
      Set.of(
          "StartProcessInstanceAtActivitiesCmd",
          "HandleTaskBpmnErrorCmd",
          "HandleTaskEscalationCmd",
          "SetExecutionVariablesCmd",
          "RemoveExecutionVariablesCmd",
          "PatchExecutionVariablesCmd",
          "CorrelateMessageCmd",
          "CorrelateAllMessageCmd",
          "CorrelateAllMessageBatchCmd",
          "MessageEventReceivedCmd",
          "SignalEventReceivedCmd",
          "SignalCmd",
          "ModifyProcessInstanceCmd",
          "ModifyProcessInstanceAsyncCmd",
          "ProcessInstanceModificationCmd",
          "ProcessInstanceModificationBatchCmd",
          "EvaluateStartConditionCmd",
          "SetVariablesToProcessInstancesBatchCmd",
          "RestartProcessInstancesCmd",
          "RestartProcessInstancesBatchCmd",
          "CompleteExternalTaskCmd",
          "HandleExternalTaskBpmnErrorCmd",
          "HandleExternalTaskFailureCmd",
          "CreateCaseInstanceCmd",
          "CaseExecutionVariableCmd",
          "CompleteCaseExecutionCmd",
          "ManualStartCaseExecutionCmd",
          "DisableCaseExecutionCmd",
          "ReenableCaseExecutionCmd",
          "TerminateCaseExecutionCmd",
          "CloseCaseInstanceCmd");

  /**
   * Commands a citizen never sends: her tasks are completed with their forms, and nothing else of
   * them changes (comments and attachments, which the engine does not check at all, the people of
   * the task, its dates, priority, name). Claiming stays hers, for herself only.
   */
  static final Set<String> REFUSEES_AUX_ASSURES =
      Set.of(
          "AddCommentCmd",
          "UpdateCommentCmd",
          "DeleteTaskCommentCmd",
          "DeleteProcessInstanceCommentCmd",
          "CreateAttachmentCmd",
          "SaveAttachmentCmd",
          "DeleteAttachmentCmd",
          "AddUserIdentityLinkCmd",
          "AddGroupIdentityLinkCmd",
          "DeleteUserIdentityLinkCmd",
          "DeleteGroupIdentityLinkCmd",
          "AssignTaskCmd",
          "DelegateTaskCmd",
          "SetTaskOwnerCmd",
          "SaveTaskCmd",
          "SetTaskDueDateCmd",
          "SetTaskFollowUpDateCmd",
          "SetTaskPriorityCmd",
          "SetTaskNameCmd",
          "SetTaskDescriptionCmd");

  /**
   * What a citizen does not read: the procedure's diagram and model (the agents' steps, rules and
   * services; her dossier's steps are told in Mon espace, {@code /espace/demarches}).
   */
  static final Set<String> LECTURES_REFUSEES_AUX_ASSURES =
      Set.of("GetDeploymentProcessModelCmd", "GetDeploymentProcessDiagramCmd", "GetDeploymentProcessDiagramLayoutCmd");

  /** Commands whose variables are checked against the task's form. */
  static final Set<String> TACHES =
      Set.of("CompleteTaskCmd", "ResolveTaskCmd", "SubmitTaskFormCmd", "SetTaskVariablesCmd", "RemoveTaskVariablesCmd",
          "PatchTaskVariablesCmd");

  /** Commands that read variables through a task: a citizen gets only what its form shows. */
  static final Set<String> LECTURES_PAR_TACHE =
      Set.of("GetTaskVariablesCmd", "GetTaskFormVariablesCmd", "GetTaskVariableCmd", "GetTaskVariableCmdTyped");

  /** Read through a citizen's task besides what its form shows: the dossier reference (Tasklist's "Dossier" column). */
  static final Set<String> TOUJOURS_LISIBLES = Set.of(ReferenceDesTachesPlugin.REFERENCE);

  /** Commands whose variables are checked against the start form. */
  static final Set<String> DEMARRAGES = Set.of("StartProcessInstanceCmd", "SubmitStartFormCmd");

  private static final Logger LOG = LoggerFactory.getLogger(ControleSaisiesPlugin.class);
  private static final ThreadLocal<Etat> ETAT = ThreadLocal.withInitial(Etat::new);
  private static final Map<String, Field> CHAMPS = new ConcurrentHashMap<>();

  private final SaisiesDeclarees declarations = new SaisiesDeclarees();
  private volatile int demarragesParJour;
  private final ObjectProvider<ProcessEngine> moteur;
  private final Clock horloge;

  ControleSaisiesPlugin(
      @Value("${cpam.saisies.demarrages-par-jour:20}") int demarragesParJour, ObjectProvider<ProcessEngine> moteur, Clock horloge) {
    this.demarragesParJour = demarragesParJour;
    this.moteur = moteur;
    this.horloge = horloge;
  }

  /** Once the models are deployed: every form read now, not in a person's request. */
  @Override
  public void afterSingletonsInstantiated() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) moteur.getObject().getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(contexte -> {
      List<ProcessDefinitionEntity> derniers = new ArrayList<>();
      contexte.getProcessEngineConfiguration().getRepositoryService().createProcessDefinitionQuery().latestVersion().list()
          .forEach(d -> derniers.add(configuration.getDeploymentCache().findDeployedProcessDefinitionById(d.getId())));
      declarations.lireToutes(derniers, contexte);
      return null;
    });
  }

  SaisiesDeclarees declarations() {
    return declarations;
  }

  /** Changes the number of starts a day, and says what it was (tests of the limit). */
  int limiterDemarrages(int parJour) {
    int avant = demarragesParJour;
    demarragesParJour = parJour;
    return avant;
  }

  /** The command a person sent, while it runs, and whether its input has been checked. */
  static final class Etat {
    int profondeur;
    Saisie saisie;
  }

  /** What the person sends: to a task (its id) or to a start. */
  static final class Saisie {
    final String tache;
    final Map<String, ?> variables;
    final Collection<String> suppressions;
    final Authentication personne;
    boolean verifiee;

    Saisie(String tache, Map<String, ?> variables, Collection<String> suppressions, Authentication personne) {
      this.tache = tache;
      this.variables = variables == null ? Map.of() : variables;
      this.suppressions = suppressions == null ? List.of() : suppressions;
      this.personne = personne;
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new Intercepteur());
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseStartEvent(Element element, ScopeImpl portee, ActivityImpl activite) {
        activite.getProperties().set(SaisiesDeclarees.PROPRIETES, SaisiesDeclarees.proprietes(element));
      }

      @Override
      public void parseUserTask(Element element, ScopeImpl portee, ActivityImpl activite) {
        activite.getProperties().set(SaisiesDeclarees.PROPRIETES, SaisiesDeclarees.proprietes(element));
      }
    });
    if (configuration.getCustomPostDeployers() == null) {
      configuration.setCustomPostDeployers(new ArrayList<>());
    }
    configuration.getCustomPostDeployers().add(new Deployer() {
      @Override
      public void deploy(DeploymentEntity deploiement) {
        if (deploiement.getResources() != null
            && deploiement.getResources().keySet().stream().anyMatch(nom -> nom.endsWith(".form"))) {
          declarations.oublier();
        }
      }
    });
    // Object variables: no Java serialization, and only the allowed types are ever rebuilt.
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setDeserializationTypeValidationEnabled(true);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getCommandCheckers().add(
        (CommandChecker) Proxy.newProxyInstance(
            CommandChecker.class.getClassLoader(),
            new Class<?>[] {CommandChecker.class},
            (proxy, methode, arguments) -> {
              switch (methode.getName()) {
                case "checkTaskWork", "checkUpdateTaskVariable" -> verifierTache((TaskEntity) arguments[0]);
                case "checkCreateProcessInstance" -> verifierDemarrage((ProcessDefinitionEntity) arguments[0]);
                case "hashCode" -> {
                  return System.identityHashCode(proxy);
                }
                case "equals" -> {
                  return proxy == arguments[0];
                }
                case "toString" -> {
                  return "ControleSaisies";
                }
                default -> {
                  // Every other check is the engine's.
                }
              }
              return null;
            }));
  }

  /**
   * Runs inside each command (after its context is open, so that a refusal rolls it back). Only
   * the outermost command of a request is the person's: those its listeners and delegates run
   * inside it are the server's.
   */
  final class Intercepteur extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> commande) {
      Etat etat = ETAT.get();
      if (etat.profondeur > 0) {
        etat.profondeur++;
        try {
          return next.execute(commande);
        } finally {
          etat.profondeur--;
        }
      }
      etat.profondeur = 1;
      try {
        Authentication personne = Context.getCommandContext().getAuthentication();
        if (personne == null || personne.getUserId() == null || estAdministrateur(personne)) {
          return next.execute(commande);
        }
        boolean assure = membre(personne, Groupes.ASSURES);
        if (assure || membre(personne, Groupes.ANALYSTES)) {
          refuserLesRecherchesParVariable(commande);
          sansEntreesNiSortiesDeDecision(commande);
        }
        if (assure && REFUSEES_AUX_ASSURES.contains(commande.getClass().getSimpleName())) {
          throw new ActionRefuseeException(
              "Une démarche se complète par son formulaire : commentaires, pièces jointes, personnes, dates et priorité de"
                  + " ses tâches ne se changent pas ici.");
        }
        if (assure && LECTURES_REFUSEES_AUX_ASSURES.contains(commande.getClass().getSimpleName())) {
          throw new ActionRefuseeException(
              "Le schéma d'une démarche est réservé à la CPAM : les étapes de votre dossier sont dans Mon espace, « Mes démarches ».");
        }
        refuserLaPriseAuNomDAutrui(commande, personne);
        etat.saisie = saisie(commande, personne);
        T resultat = next.execute(commande);
        if (etat.saisie != null && !etat.saisie.verifiee) {
          throw new IllegalStateException("Saisie non vérifiée : " + commande.getClass().getSimpleName());
        }
        return assure && LECTURES_PAR_TACHE.contains(commande.getClass().getSimpleName()) ? lisible(commande, resultat) : resultat;
      } finally {
        etat.profondeur = 0;
        etat.saisie = null;
      }
    }
  }

  /**
   * What a citizen reads through her task: the engine gives every variable of the dossier seen
   * from the task (with its READ_VARIABLE on the task); she gets those its form shows, and the
   * reference. A single variable she may not read answers as if it did not exist.
   */
  @SuppressWarnings("unchecked")
  <T> T lisible(Command<T> commande, T resultat) {
    if (resultat == null) {
      return null;
    }
    String nom = commande.getClass().getSimpleName();
    CommandContext contexte = Context.getCommandContext();
    TaskEntity tache = contexte.getTaskManager().findTaskById(lire(commande, "GetTaskFormVariablesCmd".equals(nom) ? "resourceId" : "taskId"));
    if (tache == null) {
      return resultat;
    }
    Set<String> lisibles = declarations.pourTache(tache, contexte).lisibles();
    if (resultat instanceof VariableMap variables) {
      VariableMap filtrees = Variables.createVariables();
      for (String variable : variables.keySet()) {
        if (lisibles.contains(variable) || TOUJOURS_LISIBLES.contains(variable)) {
          filtrees.putValueTyped(variable, variables.getValueTyped(variable));
        }
      }
      return (T) filtrees;
    }
    String variable = lire(commande, "variableName");
    return lisibles.contains(variable) || TOUJOURS_LISIBLES.contains(variable) ? resultat : null;
  }

  /**
   * A search or a sort by the value of a dossier's variable would tell a citizen (or an analyst,
   * who reads none) what she may not read (who answered, where the message went): refused to them,
   * in every branch of an "or" query. Searches on variables she reads (runtime and history
   * variable queries) are filtered by the engine's permissions.
   */
  static void refuserLesRecherchesParVariable(Object commande) {
    if (commande instanceof org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd) {
      // A Tasklist filter's list: the conditions the page adds to the filter's own query.
      Object ajoutee = lire(commande, "extendingQuery");
      if (ajoutee != null) {
        refuserLesRecherchesParVariable(ajoutee);
      }
      return;
    }
    boolean parVariable =
        commande instanceof TaskQueryImpl taches
                && (taches.getQueries().stream().anyMatch(q -> !q.getVariables().isEmpty()) || triParVariable(taches))
            || commande instanceof HistoricTaskInstanceQueryImpl historiques
                && historiques.getQueries().stream().anyMatch(q -> !q.getVariables().isEmpty())
            || commande instanceof ProcessInstanceQueryImpl instances
                && instances.getQueries().stream().anyMatch(q -> !q.getQueryVariableValues().isEmpty())
            || commande instanceof HistoricProcessInstanceQueryImpl historiques
                && historiques.getQueries().stream().anyMatch(q -> !q.getQueryVariableValues().isEmpty())
            || commande instanceof AbstractVariableQueryImpl<?, ?> requete
                && !(commande instanceof VariableInstanceQueryImpl)
                && !requete.getQueryVariableValues().isEmpty();
    if (parVariable) {
      throw new ActionRefuseeException("La recherche ou le tri par la valeur d'une variable d'un dossier est réservé à la CPAM.");
    }
  }

  private static boolean triParVariable(TaskQueryImpl taches) {
    return taches.getOrderingProperties().stream()
        .anyMatch(tri -> QueryOrderingProperty.RELATION_VARIABLE.equals(tri.getRelation()));
  }

  /**
   * A decision's inputs and outputs are the dossier's data (income, situation, answers): a citizen
   * or an analyst reading the history of decisions gets each evaluation (which decision, when, for
   * which dossier), never what went in or came out.
   */
  static void sansEntreesNiSortiesDeDecision(Object commande) {
    if (commande instanceof HistoricDecisionInstanceQueryImpl decisions
        && (decisions.isIncludeInput() || decisions.isIncludeOutputs())) {
      ecrire(decisions, "includeInput", false);
      ecrire(decisions, "includeOutputs", false);
    }
  }

  /**
   * Claiming a task is for oneself: giving it to someone else is assigning, which the engine checks
   * apart. A citizen does not claim it for nobody either (her task would have no one left).
   */
  static void refuserLaPriseAuNomDAutrui(Object commande, Authentication personne) {
    if (commande instanceof org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd) {
      String pour = lire(commande, "userId");
      if (pour == null ? membre(personne, Groupes.ASSURES) : !pour.equals(personne.getUserId())) {
        throw new ActionRefuseeException("Une tâche se prend pour soi : pour la confier à une autre personne, attribuez-la.");
      }
    }
  }

  static boolean membre(Authentication personne, String groupe) {
    return personne.getGroupIds() != null && personne.getGroupIds().contains(groupe);
  }

  static boolean estAdministrateur(Authentication personne) {
    return membre(personne, Groupes.ADMINISTRATEURS);
  }

  /** What the command carries from the person, or a refusal; null when it writes nothing of hers. */
  static Saisie saisie(Command<?> commande, Authentication personne) {
    String nom = commande.getClass().getSimpleName();
    if (REFUSEES.contains(nom)) {
      throw new ActionRefuseeException(
          "Cette opération est réservée aux administrateurs : complétez la tâche ou commencez la démarche par son formulaire.");
    }
    if (TACHES.contains(nom)) {
      return switch (nom) {
        case "SubmitTaskFormCmd" -> new Saisie(lire(commande, "taskId"), lire(commande, "properties"), null, personne);
        case "SetTaskVariablesCmd" -> new Saisie(lire(commande, "entityId"), lire(commande, "variables"), null, personne);
        case "RemoveTaskVariablesCmd" -> new Saisie(lire(commande, "entityId"), null, lire(commande, "variableNames"), personne);
        case "PatchTaskVariablesCmd" ->
            new Saisie(lire(commande, "entityId"), lire(commande, "variables"), lire(commande, "deletions"), personne);
        default -> new Saisie(lire(commande, "taskId"), lire(commande, "variables"), null, personne);
      };
    }
    if (DEMARRAGES.contains(nom)) {
      String referenceDemandee;
      Map<String, ?> variables;
      if (commande instanceof org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd) {
        ProcessInstantiationBuilderImpl demarrage = lire(commande, "instantiationBuilder");
        if (demarrage.getCaseInstanceId() != null) {
          throw new ActionRefuseeException("Un dossier ne se rattache pas à un autre à son démarrage.");
        }
        referenceDemandee = demarrage.getBusinessKey();
        variables = demarrage.getVariables();
      } else {
        referenceDemandee = lire(commande, "businessKey");
        variables = lire(commande, "variables");
      }
      if (referenceDemandee != null && !referenceDemandee.isBlank()) {
        throw new FormulaireInvalideException("businessKey",
            "La référence du dossier est attribuée par la CPAM : n'envoyez pas de « businessKey ».");
      }
      return new Saisie(null, variables, null, personne);
    }
    return null;
  }

  /** The person's input to this task, checked against its form, once. */
  void verifierTache(TaskEntity tache) {
    Saisie saisie = ETAT.get().saisie;
    if (saisie == null || saisie.verifiee || saisie.tache == null || !saisie.tache.equals(tache.getId())) {
      return;
    }
    saisie.verifiee = true;
    Declaration declaration = declarations.pourTache(tache, Context.getCommandContext());
    verifier(declaration, saisie, tache);
  }

  /** The person's start of a procedure: its start form, and how many she started today. */
  void verifierDemarrage(ProcessDefinitionEntity processus) {
    Saisie saisie = ETAT.get().saisie;
    if (saisie == null || saisie.verifiee || saisie.tache != null) {
      return;
    }
    saisie.verifiee = true;
    CommandContext contexte = Context.getCommandContext();
    verifier(declarations.pourDemarrage(processus, contexte), saisie, null);
    if (membre(saisie.personne, Groupes.ASSURES)) {
      Date minuit = Date.from(LocalDate.now(horloge).atStartOfDay(Fuseau.PARIS).toInstant());
      long aujourdhui = contexte.runWithoutAuthorization(() -> contexte.getProcessEngineConfiguration().getHistoryService()
          .createHistoricProcessInstanceQuery()
          .processDefinitionKey(processus.getKey())
          .startedBy(saisie.personne.getUserId())
          .startedAfter(minuit)
          .count());
      if (aujourdhui >= demarragesParJour) {
        throw new DemarragesLimitesException(
            "Vous avez déjà commencé " + aujourdhui + " démarches « "
                + (processus.getName() == null ? processus.getKey() : processus.getName())
                + " » aujourd'hui : c'est le maximum par jour. Réessayez demain, ou appelez votre CPAM au 3646.");
      }
    }
  }

  /** Every variable and removal against the declaration; read-only fields sent back unchanged are not written. */
  static void verifier(Declaration declaration, Saisie saisie, TaskEntity tache) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    List<String> inchangees = new ArrayList<>();
    // By name: a VariableMap's entries unwrap their values, and a serialized Object value fails then.
    for (String nom : saisie.variables.keySet()) {
      Champ champ = declaration.champs().get(nom);
      if (champ == null) {
        erreurs.add(new ErreurChamp(nom, "Le champ « " + nom + " » n'est pas attendu par le formulaire "
            + declaration.lieu() + " : retirez-le."));
        continue;
      }
      TypedValue typee = typee(saisie.variables, nom);
      String erreur = erreur(champ, typee);
      if (erreur != null) {
        erreurs.add(new ErreurChamp(nom, erreur));
      } else if (champ.lectureSeule()) {
        Object actuelle = tache == null ? null : tache.getVariable(nom);
        Object recue = typee.getValue();
        if (Objects.equals(texte(actuelle), texte(recue))) {
          inchangees.add(nom);
        } else {
          erreurs.add(new ErreurChamp(nom, "Le champ « " + nom + " » est en lecture seule : il ne peut pas être modifié."));
        }
      }
    }
    for (String nom : saisie.suppressions) {
      if (!declaration.champs().containsKey(nom) || declaration.champs().get(nom).lectureSeule()) {
        erreurs.add(new ErreurChamp(nom, "Le champ « " + nom + " » ne peut pas être supprimé : il n'est pas saisi dans le formulaire "
            + declaration.lieu() + "."));
      }
    }
    if (!erreurs.isEmpty()) {
      journaliserLeRefus(declaration, tache, erreurs);
      throw new FormulaireInvalideException(erreurs);
    }
    try {
      inchangees.forEach(saisie.variables::remove);
    } catch (UnsupportedOperationException immuable) {
      // A map the caller cannot change: the unchanged values are written again, as they are.
    }
  }

  /**
   * One WARN line per refused input (the engine logs no failed command itself): where, which
   * dossier, how many fields; the declared fields by name, never a value nor a name the person
   * made up.
   */
  private static void journaliserLeRefus(Declaration declaration, TaskEntity tache, List<ErreurChamp> erreurs) {
    List<String> declares = new ArrayList<>();
    int inconnus = 0;
    for (ErreurChamp erreur : erreurs) {
      if (declaration.champs().containsKey(erreur.champ())) {
        declares.add(erreur.champ());
      } else {
        inconnus++;
      }
    }
    String dossier = "";
    if (tache != null && tache.getProcessInstance() != null && tache.getProcessInstance().getBusinessKey() != null) {
      dossier = " du dossier " + tache.getProcessInstance().getBusinessKey();
    }
    LOG.warn("Saisie refusée par le formulaire {}{} : {} champ(s) en erreur{}{}", declaration.lieu(), dossier, erreurs.size(),
        declares.isEmpty() ? "" : " (" + String.join(", ", declares) + ")",
        inconnus == 0 ? "" : ", dont " + inconnus + " non attendu(s)");
  }

  /** A value as the person sent it: typed when she gave its type (a {@link VariableMap} unwraps its values). */
  private static TypedValue typee(Map<String, ?> variables, String nom) {
    if (variables instanceof VariableMap typees) {
      return typees.getValueTyped(nom);
    }
    Object valeur = variables.get(nom);
    return valeur instanceof TypedValue t ? t : Variables.untypedValue(valeur);
  }

  /** What is wrong with one value for its field, or null. */
  static String erreur(Champ champ, TypedValue valeur) {
    ValueType type = valeur.getType();
    if (type == ValueType.NULL) {
      return null;
    }
    if (type != null && !type.isPrimitiveValueType() && type != ValueType.FILE) {
      // An Object, JSON or XML value: refused as it was sent, never rebuilt.
      return "Le champ « " + champ.nom() + " » attend " + champ.genre().libelle + " : une valeur de type "
          + type.getName() + " n'est pas acceptée.";
    }
    Object brut = valeur.getValue();
    if (brut == null) {
      return null;
    }
    Genre genre = genre(type, brut);
    if (genre == null) {
      return "Le champ « " + champ.nom() + " » attend " + champ.genre().libelle + " : une valeur de type "
          + (type == null ? brut.getClass().getSimpleName() : type.getName()) + " n'est pas acceptée.";
    }
    boolean accepte = genre == champ.genre() || champ.genre() == Genre.DATE && genre == Genre.TEXTE;
    if (!accepte) {
      return "Le champ « " + champ.nom() + " » attend " + champ.genre().libelle + ", pas " + genre.libelle + ".";
    }
    if (genre == Genre.TEXTE) {
      String texte = brut.toString();
      if (champ.limite() > 0 && texte.length() > champ.limite()) {
        return "Le champ « " + champ.nom() + " » dépasse " + champ.limite() + " caractères : raccourcissez-le.";
      }
      if (!champ.valeurs().isEmpty() && !texte.isEmpty() && !champ.valeurs().contains(texte)) {
        return "La valeur « " + (texte.length() > 40 ? texte.substring(0, 40) + "…" : texte) + " » n'est pas possible pour le champ « "
            + champ.nom() + " » : choisissez parmi " + String.join(", ", champ.valeurs()) + ".";
      }
    }
    if (genre == Genre.FICHIER) {
      long taille = valeur instanceof FileValueImpl f && f.getByteArray() != null ? f.getByteArray().length : 0;
      if (taille > champ.limite()) {
        return "Le fichier « " + champ.nom() + " » dépasse " + (champ.limite() / (1024 * 1024)) + " Mo : envoyez un fichier plus léger.";
      }
    }
    return null;
  }

  /** The kind of a value as a form field sees it; null for what no form sends (objects, bytes, JSON). */
  private static Genre genre(ValueType type, Object brut) {
    if (type != null) {
      if (type == ValueType.STRING) {
        return Genre.TEXTE;
      }
      if (type == ValueType.BOOLEAN) {
        return Genre.BOOLEEN;
      }
      if (type == ValueType.INTEGER || type == ValueType.LONG || type == ValueType.SHORT || type == ValueType.DOUBLE
          || type == ValueType.NUMBER) {
        return Genre.NOMBRE;
      }
      if (type == ValueType.DATE) {
        return Genre.DATE;
      }
      if (type == ValueType.FILE) {
        return Genre.FICHIER;
      }
      return null;
    }
    if (brut instanceof String) {
      return Genre.TEXTE;
    }
    if (brut instanceof Boolean) {
      return Genre.BOOLEEN;
    }
    if (brut instanceof Integer || brut instanceof Long || brut instanceof Short || brut instanceof Double) {
      return Genre.NOMBRE;
    }
    if (brut instanceof Date) {
      return Genre.DATE;
    }
    return null;
  }

  private static String texte(Object valeur) {
    return valeur == null ? "" : valeur.toString();
  }

  /** A field of an engine command (they have no getters), read once per class and name. */
  @SuppressWarnings("unchecked")
  static <T> T lire(Object commande, String nom) {
    try {
      return (T) champ(commande, nom).get(commande);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Changes a field of an engine query that has no setter to undo it. */
  static void ecrire(Object commande, String nom, Object valeur) {
    try {
      champ(commande, nom).set(commande, valeur);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field champ(Object commande, String nom) {
    return CHAMPS.computeIfAbsent(commande.getClass().getName() + "#" + nom, cle -> {
      for (Class<?> c = commande.getClass(); c != null; c = c.getSuperclass()) {
        try {
          Field f = c.getDeclaredField(nom);
          f.setAccessible(true);
          return f;
        } catch (NoSuchFieldException absent) {
          // Declared higher up.
        }
      }
      throw new IllegalStateException(commande.getClass().getName() + " n'a pas de champ " + nom);
    });
  }
}
