package fr.cpam.demarches.engine.interne;

import camundajar.impl.com.google.gson.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;

/**
 * Answers the task queries Tasklist repeats all day, "the open tasks of my services"
 * (candidate groups among the caller's groups), "my tasks" (assignee = the caller), "late"
 * (due before now) and the supervisors' "every task of the services" (candidate groups,
 * assigned or not), with SQL that scales, and leaves every other task query to the engine.
 *
 * <p>Why: with authorizations on, the engine joins each task to the caller's authorizations
 * with {@code AUTH.RESOURCE_ID_ IN (task id, process key, '*')}. That join cannot be hashed; since
 * every open task carries an authorization of its candidate group, a service's count at 100 000
 * open tasks compares 20 000 tasks with 20 000 authorizations: minutes on PostgreSQL
 * (docs/decisions/0015-requetes-tasklist-a-egalites.md). Here the same answer comes from equality
 * joins: the task, its candidate link, and one of the caller's grants on that task
 * ({@code EXISTS}), or a grant on its process definition, or a grant on every task. Only GRANT
 * authorizations exist in this application ({@code authorization-check-revokes: never}); the answer
 * is then the engine's.
 *
 * <p>No check at all when the engine granted the rows itself: it grants a candidate group its
 * task when it adds the candidate link, and the assignee when it assigns the task
 * ({@code default-user-permission-name-for-task}). So "candidate groups, all of them the
 * caller's, unassigned" and "assigned to the caller" need only the task and its link. This
 * assumes nobody revokes those grants by hand (docs/decisions/0015-requetes-tasklist-a-egalites.md).
 *
 * <p>A query is taken only when it has exactly one of those shapes (compared through the
 * engine's own JSON form of the query, so any other criterion sends it to the engine), no
 * tenant, and is sorted by plain task columns. The page is found here, then loaded by the
 * engine by id; when its rows need the caller's grants checked ("En retard" for an agent), by
 * walking the rows in the page's order, slice by slice ({@link #parcourir}).
 *
 * <p>The count of "candidate groups, all of them the caller's, unassigned" ("Tâches de mon
 * service") is read from {@link CompteurTachesGroupes}, kept in the engine's transaction: no query
 * that counts rows stays under 20 ms at 20 000 tasks per group
 * (docs/decisions/0017-compteur-des-taches-par-ensemble-de-groupes.md). Its page is still found
 * here.
 *
 * <p>The count of a query whose rows need the caller's grants checked ("En retard" for an
 * agent) checks them with two {@code EXISTS}, one on the caller's own grants (user or {@code '*'}),
 * one on their groups' grants, instead of the page's single {@code EXISTS} with an {@code OR}. Same
 * tasks; but PostgreSQL then hashes each side's grants once (hashed subplans, read from the indexes
 * of {@link #INDEX}) and checks each late task against them, instead of looking up the task of each
 * of the caller's 20 000 grants by primary key. At 100 000 open tasks: 95 ms for one group, 180 ms
 * for two before; 15 and 25 ms now (docs/decisions/0016-en-retard-par-tranches-et-deux-exists.md).
 * The page keeps the single {@code EXISTS}: it checks a slice of some hundred tasks, one index
 * probe each, where hashing all the groups' grants would cost more.
 */
class TachesTasklistManager extends TaskManager {

  private static final JsonTaskQueryConverter JSON = new JsonTaskQueryConverter();
  private static final Set<String> CLES_DE_FORME =
      Set.of(
          JsonTaskQueryConverter.CANDIDATE_GROUPS,
          JsonTaskQueryConverter.ASSIGNEE,
          JsonTaskQueryConverter.ORDERING_PROPERTIES,
          JsonTaskQueryConverter.ORDER_BY,
          JsonTaskQueryConverter.DUE_BEFORE,
          JsonTaskQueryConverter.INCLUDE_ASSIGNED_TASKS,
          "dueBeforeExpression",
          "candidateGroupsExpression",
          "assigneeExpression",
          "expressions");
  private static final Set<String> COLONNES =
      Set.of("CREATE_TIME_", "DUE_DATE_", "FOLLOW_UP_DATE_", "PRIORITY_", "NAME_", "ID_", "LAST_UPDATED_");
  private static final String VIDE = forme(new TaskQueryImpl());
  /** Rows of the first slice walked per task the page needs (see {@link #parcourir}). */
  static final int TRANCHE_PAR_TACHE = 8;
  /** Pages that end further than this row are read in one query (a whole list, no paging). */
  private static final int PAGE_PARCOURUE_MAX = 1000;

  /** Whether the count of a service's tasks is read from {@link CompteurTachesGroupes} (switch {@code compteur-taches}). */
  private final boolean compteur;

  TachesTasklistManager(boolean compteur) {
    this.compteur = compteur;
  }

  /**
   * The recognised query: its criterion (candidate groups, assignee or due date) with its
   * parameters; the check of the caller's grants when the engine did not grant the rows itself
   * (null otherwise); the groups whose count {@link CompteurTachesGroupes} keeps, when it can
   * answer the count.
   */
  private record Requete(String from, List<Object> parametres, Visibilite visibilite, Tri tri, List<String> groupesDuCompteur) {

    /** The criterion and the check, for a count or a query that reads every row. */
    String fromVisibles() {
      return visibilite == null ? from : from + " and " + visibilite.condition();
    }

    /** As {@link #fromVisibles}, with the check in its form for reading every row. */
    String fromNombre() {
      return visibilite == null ? from : from + " and " + visibilite.conditionNombre();
    }

    List<Object> parametresVisibles() {
      List<Object> tous = new ArrayList<>(parametres);
      if (visibilite != null) {
        tous.addAll(visibilite.parametres());
      }
      return tous;
    }
  }

  /**
   * A condition on task {@code T}: the caller holds a grant to read it. Two forms of it with
   * the same parameters: {@code condition} probes the grants of each task by index (a page's
   * slice), {@code conditionNombre} lets PostgreSQL hash the caller's grants once (a count,
   * which reads every row).
   */
  private record Visibilite(String condition, String conditionNombre, List<Object> parametres) {}

  /** The ORDER BY of the page. */
  private record Tri(String ordre) {}

  /**
   * The indexes these queries need, beside the engine's: a group's candidate links with their
   * task (count and page of a service read the index only); the tasks by due date with their
   * id and tenant ("En retard": the page walks them in its order, the count reads them from
   * the index alone where vacuum has marked the pages all-visible); a group's grants with their
   * permissions (the count of "En retard" reads the caller's groups' grants from the index,
   * same proviso). Created by the engine plugin once the engine's tables
   * exist (Flyway runs before them); {@code if not exists} makes every later start a no-op.
   * {@code CPAM_IDX_TACHE_ECHEANCE} (due date alone) is replaced by
   * {@code CPAM_IDX_TACHE_ECHEANCE_ID}. Plain column lists (no {@code include}): the same DDL
   * runs on H2.
   */
  static final List<String> INDEX = List.of(
      "create index if not exists CPAM_IDX_LIEN_GROUPE_TACHE on ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)",
      "create index if not exists CPAM_IDX_TACHE_ECHEANCE_ID on ACT_RU_TASK (DUE_DATE_, ID_, TENANT_ID_)",
      "drop index if exists CPAM_IDX_TACHE_ECHEANCE",
      "create index if not exists CPAM_IDX_AUTH_GROUPE_LECTURE on ACT_RU_AUTHORIZATION (TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)");

  static void creerIndex(javax.sql.DataSource base) {
    try (Connection c = base.getConnection(); java.sql.Statement s = c.createStatement()) {
      for (String index : INDEX) {
        s.execute(index);
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Index des requêtes de Tasklist impossibles à créer", e);
    }
  }

  @Override
  public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
    Requete r = reconnaitre(query);
    if (r == null) {
      return super.findTaskCountByQueryCriteria(query);
    }
    if (compteur && r.groupesDuCompteur() != null) {
      return CompteurTachesGroupes.nombre(connexion(), r.groupesDuCompteur());
    }
    try (PreparedStatement ps = connexion().prepareStatement("select count(*) " + r.fromNombre())) {
      lier(ps, r.parametresVisibles());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Nombre de tâches impossible à lire", e);
    }
  }

  @Override
  public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
    Requete r = reconnaitre(query);
    if (r == null) {
      return super.findTasksByQueryCriteria(query);
    }
    long jusqua = (long) query.getFirstResult() + query.getMaxResults();
    List<String> ids = r.visibilite() != null && jusqua <= PAGE_PARCOURUE_MAX
        ? parcourir(r, query.getFirstResult(), (int) jusqua)
        : lireIds(r, query.getFirstResult(), query.getMaxResults());
    if (ids.isEmpty()) {
      return new ArrayList<>();
    }
    // The caller may read them all (checked above): the engine loads them, in the same order.
    TaskQueryImpl parIds = new TaskQueryImpl();
    parIds.taskIdIn(ids.toArray(String[]::new));
    parIds.setOrderingProperties(query.getOrderingProperties());
    parIds.setFirstResult(0);
    parIds.setMaxResults(ids.size());
    return Context.getCommandContext().runWithoutAuthorization(() -> super.findTasksByQueryCriteria(parIds));
  }

  /** The page in one query: criterion, check and order together. */
  private List<String> lireIds(Requete r, int premier, int nombre) {
    List<String> ids = new ArrayList<>();
    String sql = "select T.ID_ " + r.fromVisibles() + r.tri().ordre() + " limit " + nombre + " offset " + premier;
    try (PreparedStatement ps = connexion().prepareStatement(sql)) {
      lier(ps, r.parametresVisibles());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Tâches impossibles à lire", e);
    }
    return ids;
  }

  /**
   * The page of a query whose rows need the caller's grants checked ("En retard" for an agent),
   * found by walking the rows in the page's order and checking each slice's rows: the first slice
   * holds {@value #TRANCHE_PAR_TACHE} rows per task wanted, each next one 4 times more, until the
   * page is full or the rows run out. Read in one query, PostgreSQL joined the caller's 20 000
   * grants with all the late tasks before sorting them (250 ms at 100 000 open tasks,
   * docs/decisions/0016-en-retard-par-tranches-et-deux-exists.md); here it reads a slice by the
   * due-date index and looks up each of its tasks' grants by index. Same rows, same order as
   * {@link #lireIds}.
   */
  private List<String> parcourir(Requete r, int premier, int jusqua) {
    List<String> visibles = new ArrayList<>();
    long debut = 0;
    long tranche = (long) TRANCHE_PAR_TACHE * jusqua;
    String ordre = r.tri().ordre();
    while (visibles.size() < jusqua) {
      String sql = "select T.ID_, case when " + r.visibilite().condition() + " then 1 else 0 end"
          + " from (select T.* " + r.from() + ordre + " limit " + tranche + " offset " + debut + ") T" + ordre;
      List<Object> parametres = new ArrayList<>(r.visibilite().parametres());
      parametres.addAll(r.parametres());
      int lues = 0;
      try (PreparedStatement ps = connexion().prepareStatement(sql)) {
        lier(ps, parametres);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            lues++;
            if (rs.getInt(2) == 1 && visibles.size() < jusqua) {
              visibles.add(rs.getString(1));
            }
          }
        }
      } catch (SQLException e) {
        throw new ProcessEngineException("Tâches impossibles à lire", e);
      }
      if (lues < tranche) {
        break;
      }
      debut += tranche;
      tranche *= 4;
    }
    return visibles.size() <= premier ? new ArrayList<>() : new ArrayList<>(visibles.subList(premier, visibles.size()));
  }

  /** The query in SQL when it has one of the three shapes and a caller to check; else null. */
  private Requete reconnaitre(TaskQueryImpl query) {
    CommandContext contexte = Context.getCommandContext();
    Authentication qui = contexte.getAuthentication();
    boolean autorisations = Context.getProcessEngineConfiguration().isAuthorizationEnabled() && contexte.isAuthorizationCheckEnabled();
    if (!autorisations || qui == null || qui.getUserId() == null || query.getQueries().size() > 1) {
      return null;
    }
    if (qui.getTenantIds() != null && !qui.getTenantIds().isEmpty()) {
      return null;
    }
    // An administrator's query is not checked by the engine at all: its own SQL is already plain.
    if (contexte.getAuthorizationManager().isCamundaAdmin(qui)) {
      return null;
    }
    Tri tri = tri(query.getOrderingProperties());
    if (tri == null || !VIDE.equals(forme(query))) {
      return null;
    }
    List<String> siens = qui.getGroupIds() == null ? List.of() : qui.getGroupIds();
    List<Object> parametres = new ArrayList<>();
    StringBuilder from = new StringBuilder("from ACT_RU_TASK T where T.TENANT_ID_ is null");
    List<String> groupesCandidats = query.getCandidateGroupsInternal() == null ? null : query.getCandidateGroups();
    boolean accordeesParLeMoteur;
    // "Toutes les tâches des services": candidate groups, assigned or not; nothing else with it.
    boolean attribueesAussi = query.isIncludeAssignedTasks();
    if (query.getCandidateGroup() != null || attribueesAussi && groupesCandidats == null) {
      return null;
    } else if (groupesCandidats != null && query.getAssignee() == null && query.getDueBefore() == null) {
      if (groupesCandidats.isEmpty()) {
        return null;
      }
      from.append(attribueesAussi ? "" : " and T.ASSIGNEE_ is null")
          .append(" and exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = T.ID_")
          .append(" and I.TYPE_ = 'candidate' and I.GROUP_ID_ in (").append(marques(groupesCandidats.size())).append("))");
      parametres.addAll(groupesCandidats);
      // The engine grants a candidate group its task when it adds the candidate link (and keeps
      // the grant when someone claims the task).
      accordeesParLeMoteur = siens.containsAll(groupesCandidats);
    } else if (query.getAssignee() != null && groupesCandidats == null && query.getDueBefore() == null) {
      from.append(" and T.ASSIGNEE_ = ?");
      parametres.add(query.getAssignee());
      // The engine grants the assignee their task when it assigns it.
      accordeesParLeMoteur = query.getAssignee().equals(qui.getUserId());
    } else if (query.getDueBefore() != null && query.getAssignee() == null && groupesCandidats == null) {
      from.append(" and T.DUE_DATE_ < ? and T.DUE_DATE_ is not null");
      parametres.add(new Timestamp(query.getDueBefore().getTime()));
      accordeesParLeMoteur = false;
    } else {
      return null;
    }
    Visibilite visibilite = accordeesParLeMoteur ? null : visibles(qui, siens);
    // "Candidate groups, unassigned", without check: exactly what the counter counts.
    boolean compteur = accordeesParLeMoteur && groupesCandidats != null && !attribueesAussi;
    return new Requete(from.toString(), parametres, visibilite, tri, compteur ? groupesCandidats : null);
  }

  /**
   * The tasks the caller may read, as the engine's authorization check does; null when the
   * caller may read every task. A task is readable when one of its GRANT authorizations with
   * READ is the caller's, {@code '*'}'s or one of their groups' (or, with READ_TASK on its
   * process definition, when it belongs to it): both forms of the condition say exactly that.
   */
  private Visibilite visibles(Authentication qui, List<String> groupes) {
    String porteurs = "(A.USER_ID_ in (?, '*')" + (groupes.isEmpty() ? "" : " or A.GROUP_ID_ in (" + marques(groupes.size()) + ")") + ")";
    List<Object> parametresPorteurs = new ArrayList<>();
    parametresPorteurs.add(qui.getUserId());
    parametresPorteurs.addAll(groupes);
    int lecture = Permissions.READ.getValue();
    int lectureTaches = ProcessDefinitionPermissions.READ_TASK.getValue();
    boolean toutes = false;
    List<String> definitions = new ArrayList<>();
    String generales = "select A.RESOURCE_TYPE_, A.RESOURCE_ID_, A.PERMS_ from ACT_RU_AUTHORIZATION A where A.TYPE_ = 1 and " + porteurs
        + " and ((A.RESOURCE_TYPE_ = ? and A.RESOURCE_ID_ = '*') or A.RESOURCE_TYPE_ = ?)";
    try (PreparedStatement ps = connexion().prepareStatement(generales)) {
      List<Object> p = new ArrayList<>(parametresPorteurs);
      p.add(Resources.TASK.resourceType());
      p.add(Resources.PROCESS_DEFINITION.resourceType());
      lier(ps, p);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean surTaches = rs.getInt(1) == Resources.TASK.resourceType();
          int permissions = rs.getInt(3);
          if (surTaches ? accorde(permissions, lecture) : accorde(permissions, lectureTaches)) {
            if (surTaches || "*".equals(rs.getString(2))) {
              toutes = true;
            } else {
              definitions.add(rs.getString(2));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Autorisations impossibles à lire", e);
    }
    if (toutes) {
      return null;
    }
    int taches = Resources.TASK.resourceType();
    String lue = " and mod(A.PERMS_ / " + lecture + ", 2) = 1)";
    // One probe of the task's grants (by ACT_IDX_AUTH_RESOURCE_ID) per task.
    StringBuilder condition = new StringBuilder("(exists (select 1 from ACT_RU_AUTHORIZATION A where A.RESOURCE_TYPE_ = ")
        .append(taches).append(" and A.RESOURCE_ID_ = T.ID_ and A.TYPE_ = 1 and ").append(porteurs).append(lue);
    // The same grants split by holder, parameters in the same order (user, then groups): each
    // side is an index range of the caller's grants that PostgreSQL hashes once.
    StringBuilder conditionNombre = new StringBuilder("(exists (select 1 from ACT_RU_AUTHORIZATION A where A.TYPE_ = 1")
        .append(" and A.USER_ID_ in (?, '*') and A.RESOURCE_TYPE_ = ").append(taches).append(" and A.RESOURCE_ID_ = T.ID_").append(lue);
    if (!groupes.isEmpty()) {
      conditionNombre.append(" or exists (select 1 from ACT_RU_AUTHORIZATION A where A.TYPE_ = 1 and A.GROUP_ID_ in (")
          .append(marques(groupes.size())).append(") and A.RESOURCE_TYPE_ = ").append(taches).append(" and A.RESOURCE_ID_ = T.ID_").append(lue);
    }
    List<Object> parametres = new ArrayList<>(parametresPorteurs);
    if (!definitions.isEmpty()) {
      String parDefinition = " or T.PROC_DEF_ID_ in (select D.ID_ from ACT_RE_PROCDEF D where D.KEY_ in (" + marques(definitions.size()) + "))";
      condition.append(parDefinition);
      conditionNombre.append(parDefinition);
      parametres.addAll(definitions);
    }
    return new Visibilite(condition.append(")").toString(), conditionNombre.append(")").toString(), parametres);
  }

  private static boolean accorde(int permissions, int permission) {
    return (permissions & permission) == permission;
  }

  /** " order by T.X asc, T.ID_ asc" for plain task columns, null for anything else. */
  private static Tri tri(List<QueryOrderingProperty> proprietes) {
    StringBuilder ordre = new StringBuilder(" order by ");
    for (QueryOrderingProperty p : proprietes) {
      String nom = p.getQueryProperty().getName().replace("RES.", "");
      if (p.getRelation() != null || !COLONNES.contains(nom)) {
        return null;
      }
      String colonne = "T." + nom;
      ordre.append(colonne).append(p.getDirection() == Direction.DESCENDING ? " desc, " : " asc, ");
    }
    return new Tri(ordre.append("T.ID_ asc").toString());
  }

  /**
   * The query's criteria other than the two shapes' own, in the engine's JSON form. An empty
   * list constrains nothing (the REST API sends {@code processInstanceIdIn: []}).
   */
  private static String forme(TaskQueryImpl query) {
    JsonObject json = JSON.toJsonObject(query);
    CLES_DE_FORME.forEach(json::remove);
    new ArrayList<>(json.keySet()).stream()
        .filter(cle -> json.get(cle).isJsonArray() && json.get(cle).getAsJsonArray().isEmpty())
        .forEach(json::remove);
    return json.toString();
  }

  private static String marques(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private static void lier(PreparedStatement ps, List<Object> parametres) throws SQLException {
    for (int i = 0; i < parametres.size(); i++) {
      ps.setObject(i + 1, parametres.get(i));
    }
  }

  private static Connection connexion() {
    return Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
  }
}
