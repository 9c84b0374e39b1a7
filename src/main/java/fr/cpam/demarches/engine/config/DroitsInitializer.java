package fr.cpam.demarches.engine.config;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import fr.cpam.demarches.engine.FiltresDuMoteur;
import fr.cpam.demarches.engine.Groupes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates, at every start and without duplicating anything, the groups, their authorizations
 * and the Tasklist filters of each role. What a role may do is written here once, as a table.
 *
 * <p>Who may start a procedure is written in its model: {@code camunda:candidateStarterGroups}
 * on the process. Those groups get READ and CREATE_INSTANCE on that process definition.
 */
@Component
public class DroitsInitializer implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(DroitsInitializer.class);

  static final String APP_TASKLIST = "tasklist";
  static final String APP_COCKPIT = "cockpit";
  static final String APP_ADMIN = "admin";

  /** One line of the rights table: a group may do these things on this resource. */
  record Droit(String groupe, Resource ressource, String id, Permission... permissions) {}

  /** A Tasklist filter shown to some groups. */
  record Filtre(String nom, String description, int priorite, String couleur, TaskQuery requete, List<String> groupes) {}

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final FiltresDuMoteur filtres;

  DroitsInitializer(
      IdentityService identityService,
      AuthorizationService authorizationService,
      FilterService filterService,
      TaskService taskService,
      RepositoryService repositoryService,
      FiltresDuMoteur filtres) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.filtres = filtres;
  }

  @Override
  public void afterSingletonsInstantiated() {
    creerGroupes();
    Existants existants = existants();
    droits().forEach(d -> accorder(d, existants));
    retires().forEach(d -> retirer(d, existants));
    droitsDeDemarrage().forEach(d -> accorder(d, existants));
    List<Filter> filtres = filterService.createTaskFilterQuery().list();
    filtres().forEach(f -> creerFiltre(f, filtres, existants));
    LOG.info("Groupes, autorisations et filtres Tasklist à jour");
  }

  /**
   * The GRANT authorizations of our groups that this class writes, read in four queries: a
   * restart then checks every right without one query per right
   * (docs/decisions/0033-droits-initialises-en-quelques-requetes.md). Not
   * the groups' task authorizations (one per open task): only rights on "every resource" and
   * on applications, process definitions and filters.
   */
  private Existants existants() {
    String[] groupes = Groupes.TOUS.stream().map(g -> g[0]).toArray(String[]::new);
    List<Authorization> toutes = new ArrayList<>(
        authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupes).resourceId(ANY).list());
    for (Resource r : List.of(Resources.APPLICATION, Resources.PROCESS_DEFINITION, Resources.FILTER)) {
      toutes.addAll(authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupes).resourceType(r).list());
    }
    Existants existants = new Existants();
    toutes.forEach(a -> existants.put(cle(a.getGroupId(), a.getResourceType(), a.getResourceId()), a));
    return existants;
  }

  /** Our groups' authorizations by group, resource type and resource id. */
  private static final class Existants extends java.util.HashMap<String, Authorization> {}

  private static String cle(String groupe, int type, String id) {
    return groupe + "|" + type + "|" + id;
  }

  /** The rights of each role, other than starting procedures (see the models). */
  static List<Droit> droits() {
    List<Droit> droits = new ArrayList<>();
    // Citizens: Tasklist only; they start the procedures their models allow; their own tasks
    // and dossiers come from the assignee (engine default) and the starter (AutorisationDemandeurPlugin).
    droits.add(new Droit(Groupes.ASSURES, Resources.APPLICATION, APP_TASKLIST, Permissions.ACCESS));
    droits.add(new Droit(Groupes.ASSURES, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE));
    // Agents: Tasklist, the tasks of their groups (engine default for candidate groups).
    for (String service : Groupes.SERVICES) {
      droits.add(new Droit(service, Resources.APPLICATION, APP_TASKLIST, Permissions.ACCESS));
      droits.add(new Droit(service, Resources.PROCESS_DEFINITION, ANY, Permissions.READ));
    }
    // Supervisors: every task (late work, reassignment) and a read-only Cockpit.
    droits.add(new Droit(Groupes.SUPERVISEURS, Resources.APPLICATION, APP_TASKLIST, Permissions.ACCESS));
    droits.add(new Droit(Groupes.SUPERVISEURS, Resources.APPLICATION, APP_COCKPIT, Permissions.ACCESS));
    droits.add(new Droit(Groupes.SUPERVISEURS, Resources.TASK, ANY, Permissions.READ, Permissions.UPDATE));
    droits.add(lectureDesProcessus(Groupes.SUPERVISEURS));
    // They read every dossier's variables, as its agents do (notes and logins included).
    droits.add(new Droit(Groupes.SUPERVISEURS, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
        ProcessDefinitionPermissions.READ_TASK_VARIABLE));
    droits.add(new Droit(Groupes.SUPERVISEURS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ));
    droits.add(new Droit(Groupes.SUPERVISEURS, Resources.DECISION_DEFINITION, ANY, Permissions.READ));
    // Analysts: read models, instances and history in Cockpit; no Tasklist, no change, and no
    // variable (no *_VARIABLE permission; READ_HISTORY alone lists the historic dossiers; Cockpit
    // also hides variables from analysts, docs/analyses.md).
    droits.add(new Droit(Groupes.ANALYSTES, Resources.APPLICATION, APP_COCKPIT, Permissions.ACCESS));
    droits.add(lectureDesProcessus(Groupes.ANALYSTES));
    droits.add(new Droit(Groupes.ANALYSTES, Resources.PROCESS_INSTANCE, ANY, Permissions.READ));
    droits.add(new Droit(Groupes.ANALYSTES, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY));
    droits.add(new Droit(Groupes.ANALYSTES, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
    droits.add(new Droit(Groupes.ANALYSTES, Resources.DEPLOYMENT, ANY, Permissions.READ));
    droits.add(new Droit(Groupes.ANALYSTES, Resources.HISTORIC_TASK, ANY, org.camunda.bpm.engine.authorization.HistoricTaskPermissions.READ));
    // Administrators: everything, on every resource.
    for (Resource ressource : Resources.values()) {
      droits.add(new Droit(Groupes.ADMINISTRATEURS, ressource, ANY, Permissions.ALL));
    }
    // Technical senders (medecins, employeurs): nothing in the engine; they only post to /api.
    return droits;
  }

  /**
   * Rights granted by earlier versions and withdrawn since: removed at start when present.
   * Analysts' READ on every historic dossier let them read its historic variables (a disjunct of
   * the engine's check, even with specific variable permissions).
   */
  static List<Droit> retires() {
    return List.of(new Droit(Groupes.ANALYSTES, Resources.HISTORIC_PROCESS_INSTANCE, ANY));
  }

  private void retirer(Droit droit, Existants existants) {
    Authorization autorisation = existants.remove(cle(droit.groupe(), droit.ressource().resourceType(), droit.id()));
    if (autorisation != null) {
      authorizationService.deleteAuthorization(autorisation.getId());
      LOG.info("Droit retiré : {} sur {} {}", droit.groupe(), droit.ressource().resourceName(), droit.id());
    }
  }

  private static Droit lectureDesProcessus(String groupe) {
    return new Droit(
        groupe,
        Resources.PROCESS_DEFINITION,
        ANY,
        Permissions.READ,
        Permissions.READ_HISTORY,
        Permissions.READ_INSTANCE,
        Permissions.READ_TASK);
  }

  /** READ and CREATE_INSTANCE for the candidate starter groups of each deployed process. */
  List<Droit> droitsDeDemarrage() {
    List<Droit> droits = new ArrayList<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      repositoryService.getIdentityLinksForProcessDefinition(definition.getId()).stream()
          .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
          .forEach(
              l ->
                  droits.add(
                      new Droit(
                          l.getGroupId(),
                          Resources.PROCESS_DEFINITION,
                          definition.getKey(),
                          Permissions.READ,
                          Permissions.CREATE_INSTANCE)));
    }
    return droits;
  }

  List<Filtre> filtres() {
    List<String> tasklist = new ArrayList<>(List.of(Groupes.ASSURES, Groupes.SUPERVISEURS, Groupes.ADMINISTRATEURS));
    tasklist.addAll(Groupes.SERVICES);
    List<String> personnel = new ArrayList<>(Groupes.SERVICES);
    personnel.addAll(List.of(Groupes.SUPERVISEURS, Groupes.ADMINISTRATEURS));
    return List.of(
        new Filtre(
            "Mes tâches",
            "Les tâches qui vous sont attribuées : à compléter par vous.",
            -10,
            "#00629b",
            taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
            tasklist),
        new Filtre(
            "Tâches de mon service",
            "Les tâches de vos services que personne n'a encore prises : réclamez-en une pour la traiter.",
            -5,
            "#2e7d32",
            taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"),
            personnel),
        new Filtre(
            "Toutes les tâches des services",
            "Toutes les tâches ouvertes des services et des superviseurs, prises par un agent ou non, l'échéance la plus"
                + " proche d'abord.",
            -2,
            "#4a148c",
            taskService.createTaskQuery().taskCandidateGroupIn(Groupes.TACHES_DES_SERVICES).includeAssignedTasks().orderByDueDate().asc(),
            List.of(Groupes.SUPERVISEURS, Groupes.ADMINISTRATEURS)),
        new Filtre(
            "En retard",
            "Les tâches dont l'échéance est dépassée, la plus ancienne d'abord.",
            0,
            "#c62828",
            taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(),
            personnel),
        new Filtre(
            "À suivre",
            "Les tâches dont la date de suivi est arrivée.",
            5,
            "#ef6c00",
            taskService.createTaskQuery().followUpBeforeExpression("${now()}"),
            personnel));
  }

  /** The groups, read in one query; only a missing or changed one is written. */
  private void creerGroupes() {
    Map<String, Group> existants = new java.util.HashMap<>();
    identityService.createGroupQuery().groupIdIn(Groupes.TOUS.stream().map(g -> g[0]).toArray(String[]::new)).list()
        .forEach(g -> existants.put(g.getId(), g));
    Groupes.TOUS.forEach(g -> creerGroupe(existants.get(g[0]), g[0], g[1], g[2]));
  }

  private void creerGroupe(Group groupe, String id, String nom, String type) {
    if (groupe == null) {
      groupe = identityService.newGroup(id);
    } else if (nom.equals(groupe.getName()) && type.equals(groupe.getType())) {
      return;
    }
    groupe.setName(nom);
    groupe.setType(type);
    identityService.saveGroup(groupe);
  }

  void accorder(Droit droit) {
    accorder(droit, null);
  }

  /** Grants a right unless it is already granted; {@code existants} null: asks the engine. */
  private void accorder(Droit droit, Existants existants) {
    Authorization autorisation = existants != null
        ? existants.get(cle(droit.groupe(), droit.ressource().resourceType(), droit.id()))
        : authorizationService.createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(droit.groupe())
            .resourceType(droit.ressource())
            .resourceId(droit.id())
            .singleResult();
    if (autorisation == null) {
      autorisation = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      autorisation.setGroupId(droit.groupe());
      autorisation.setResource(droit.ressource());
      autorisation.setResourceId(droit.id());
    } else if (Arrays.stream(droit.permissions()).allMatch(autorisation::isPermissionGranted)) {
      return;
    }
    for (Permission permission : droit.permissions()) {
      autorisation.addPermission(permission);
    }
    autorisation = authorizationService.saveAuthorization(autorisation);
    if (existants != null) {
      existants.put(cle(droit.groupe(), droit.ressource().resourceType(), droit.id()), autorisation);
    }
  }

  /** Writes a filter only when it is missing or differs (query or properties). */
  private void creerFiltre(Filtre definition, List<Filter> tous, Existants existants) {
    List<Filter> memeNom = tous.stream().filter(f -> definition.nom().equals(f.getName())).toList();
    Filter filtre = memeNom.isEmpty() ? filterService.newTaskFilter(definition.nom()) : memeNom.get(0);
    // Two nodes starting together may both have created it: keep one.
    memeNom.stream().skip(1).forEach(f -> filterService.deleteFilter(f.getId()));
    Map<String, Object> proprietes = Map.of(
        "description", definition.description(),
        "priority", definition.priorite(),
        "color", definition.couleur(),
        "refresh", true,
        "variables", List.of(Map.of("name", "reference", "label", "Dossier")));
    if (filtre.getId() == null || !filtres.identiques(filtre, definition.requete(), proprietes)) {
      filtre.setQuery(definition.requete());
      filtre.setProperties(proprietes);
      filterService.saveFilter(filtre);
    }
    for (String groupe : definition.groupes()) {
      accorder(new Droit(groupe, Resources.FILTER, filtre.getId(), Permissions.READ), existants);
    }
  }
}
