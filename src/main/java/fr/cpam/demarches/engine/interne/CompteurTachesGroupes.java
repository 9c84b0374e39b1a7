package fr.cpam.demarches.engine.interne;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The exact number of open, unassigned tasks per set of candidate groups (table
 * {@code compteur_taches_groupes}), so that Tasklist's "Tâches de mon service" gets its count from
 * a few rows instead of counting 20 000 candidate links per group (150 to 370 ms at 100 000 open
 * tasks on PostgreSQL, docs/decisions/0017-compteur-des-taches-par-ensemble-de-groupes.md).
 *
 * <p><b>A set, not a group.</b> A row holds the tasks whose candidate groups are exactly that set
 * (sorted, comma-joined: {@code accueil,gestion-droits}). The count for groups G is the sum of the
 * rows whose set meets G: a task candidate to two of the caller's groups counts once, as in the
 * engine's query. Only tasks without tenant are counted, like {@link TachesTasklistManager}'s
 * queries. A group id must not contain a comma (none does: {@code engine.Groupes}).
 *
 * <p><b>Where it is kept, and why there.</b> In the engine's own transaction, at the end of
 * every command, by the engine's entity manager ({@link EntitesComptees} replaces the engine's
 * {@link DbEntityManager}): just before the engine writes, it lists the tasks and candidate links
 * the command inserts, updates or deletes, reads in one query what those tasks were before the
 * command (assignee, candidate groups: the database still holds that state, nothing of the
 * command is written yet; no query when the task as loaded was assigned and stays assigned or
 * is deleted, as in the usual completion of a claimed task), works out what they are after it, and turns the difference into one
 * {@code n = n + delta} per touched set, sent in one JDBC batch, sorted by set (two transactions
 * touching the same sets lock them in the same order), after the engine's own statements (the
 * rows stay locked only until the commit). Every change goes through that cache: process task
 * created, claim, unclaim, {@code setAssignee}, delegation, candidate group added or removed by the
 * API or Tasklist's "groups" dialog, completion, deletion of the task or of its process instance,
 * an interrupting boundary event, a migration, standalone tasks; the engine 7.24 has no bulk
 * statement on {@code ACT_RU_TASK} or on task links (only suspension, which does not change the
 * count). Task listeners added to the models would miss the links changed through the API and the
 * standalone tasks; a command-context listener would run before the task's own close listeners.
 *
 * <p><b>Several nodes.</b> Row updates {@code n = n + delta} are exact whatever their order; a
 * task changed by two transactions at once is refused to one of them by the engine's optimistic
 * locking (revision of the task; adding or removing a candidate link also updates the task, its
 * {@code LAST_UPDATED_}), which rolls back its counter change with it. A set seen for the
 * first time gets its row, on PostgreSQL, in the user's transaction by {@code insert ... on
 * conflict do nothing}: when two nodes create it at once the second waits for the first and
 * leaves its row, never an error for the user's command; not on a connection of its own, which
 * the recount's lock could hold up for ever (below). On H2 (embedded, one node, no recount lock)
 * the row is created in a transaction of its own, and a primary key error there is ignored.
 *
 * <p><b>Recount.</b> At every start (after the engine is built) and through {@link #recompter()}
 * (the benchmark copies rows behind the engine's back), the table is recomputed from
 * {@code ACT_RU_TASK} and {@code ACT_RU_IDENTITYLINK} in one transaction: a counter can never drift
 * for ever. On PostgreSQL it first takes {@code lock table compteur_taches_groupes in exclusive
 * mode}, which conflicts with the lock of every update or insert on the table, not with reads
 * (Tasklist's counts go on): it waits for the transactions that have already changed the counter
 * to commit, and the transactions that reach their counter change later wait for the recount to
 * commit. The tasks are then read (READ COMMITTED: a snapshot taken after the lock): those of the
 * former are committed and counted; those of the latter are not committed, not counted, and
 * their {@code n = n + delta} applies after the recount (a row the recount has replaced is found
 * again, if need be through the creation path). Exact, whatever the interleaving. Without the
 * lock, a recount that had read the tasks before another node's commit deleted the row that
 * commit had updated and wrote its older count: a new task missing from the counter, or a
 * claimed one still in it, until the next start. The row of a new set is created in the user's
 * transaction because a transaction that has changed the counter and must create a row would
 * otherwise wait for an insert on a connection of its own, queued behind the recount, which waits
 * for that transaction: a deadlock across two connections that PostgreSQL cannot see. In the
 * user's transaction the insert needs no new table lock (the transaction holds it since its first
 * counter update).
 * Every other wait is a PostgreSQL lock wait: a deadlock through other tables (a transaction
 * queued behind the recount holds a row that a transaction the recount waits for needs) is
 * detected and rolls back one of them, the recount then being retried. The counter's writers
 * wait for one read of the open unassigned tasks at each start of a node. H2 (embedded, one
 * node) takes no lock. No periodic recount: nothing changes these tables outside the engine, and
 * every engine change is counted in its own transaction; an hourly recount would lock the table
 * against the agents' work to correct nothing (docs/exploitation.md).
 */
@Component
public class CompteurTachesGroupes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CompteurTachesGroupes.class);
  private static final int PAR_LOT = 500;
  private static final String AJOUTER =
      "update compteur_taches_groupes set non_attribuees = non_attribuees + ? where groupes = ?";

  private final DataSource base;

  private final boolean actif;

  CompteurTachesGroupes(DataSource base, Correctifs correctifs) {
    this.base = base;
    this.actif = correctifs.actif(Correctifs.Correctif.COMPTEUR_TACHES) && correctifs.actif(Correctifs.Correctif.REQUETES_TASKLIST);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!actif) {
      return;
    }
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new Fabrique(this));
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine moteur) {
    recompter();
  }

  /** Whether the counter is kept (switches {@code compteur-taches} and {@code requetes-tasklist}, its only reader). */
  public boolean actif() {
    return actif;
  }

  /**
   * Recomputes the whole table from the engine's tables, in one transaction, behind a lock of
   * the table on PostgreSQL (class javadoc). Retried twice: on H2 a new set's row may be created
   * between the delete and the insert; on PostgreSQL the recount may be the transaction that a
   * deadlock rolls back.
   */
  public void recompter() {
    if (!actif) {
      return;
    }
    for (int essai = 1; ; essai++) {
      try (Connection c = base.getConnection()) {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
          if (postgres(c)) {
            try (Statement s = c.createStatement()) {
              s.execute("lock table compteur_taches_groupes in exclusive mode");
            }
          }
          Map<String, Long> nombres = compterLesTaches(c);
          try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from compteur_taches_groupes");
          }
          try (PreparedStatement ps = c.prepareStatement("insert into compteur_taches_groupes (groupes, non_attribuees) values (?, ?)")) {
            for (Map.Entry<String, Long> e : nombres.entrySet()) {
              ps.setString(1, e.getKey());
              ps.setLong(2, e.getValue());
              ps.addBatch();
            }
            if (!nombres.isEmpty()) {
              ps.executeBatch();
            }
          }
          c.commit();
          LOG.info("Compteur des tâches non attribuées recalculé : {} ensembles de groupes", nombres.size());
          return;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(auto);
        }
      } catch (SQLException e) {
        if (essai == 3) {
          throw new ProcessEngineException("Compteur des tâches impossible à recalculer", e);
        }
        LOG.warn("Recalcul du compteur des tâches à reprendre ({})", e.getMessage());
      }
    }
  }

  private static boolean postgres(Connection c) throws SQLException {
    return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
  }

  /**
   * The open unassigned tasks candidate to at least one of {@code groupes}, read from the
   * counter on the engine's connection (so within the caller's transaction).
   */
  static long nombre(Connection c, Collection<String> groupes) {
    Set<String> cherches = new HashSet<>(groupes);
    long total = 0;
    try (PreparedStatement ps = c.prepareStatement("select groupes, non_attribuees from compteur_taches_groupes where non_attribuees <> 0");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        for (String groupe : rs.getString(1).split(",")) {
          if (cherches.contains(groupe)) {
            total += rs.getLong(2);
            break;
          }
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Compteur des tâches impossible à lire", e);
    }
    return total;
  }

  /** Counts the open unassigned tasks per set of candidate groups, as the counter keeps them. */
  private static Map<String, Long> compterLesTaches(Connection c) throws SQLException {
    Map<String, Long> nombres = new TreeMap<>();
    String sql = "select T.ID_, I.GROUP_ID_ from ACT_RU_TASK T join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = T.ID_"
        + " where T.ASSIGNEE_ is null and T.TENANT_ID_ is null and I.TYPE_ = 'candidate' and I.GROUP_ID_ is not null order by T.ID_";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        String tache = null;
        Set<String> groupes = new TreeSet<>();
        while (rs.next()) {
          if (!rs.getString(1).equals(tache)) {
            if (tache != null) {
              nombres.merge(String.join(",", groupes), 1L, Long::sum);
            }
            tache = rs.getString(1);
            groupes = new TreeSet<>();
          }
          groupes.add(rs.getString(2));
        }
        if (tache != null) {
          nombres.merge(String.join(",", groupes), 1L, Long::sum);
        }
      }
    }
    return nombres;
  }

  /** A task as the counter sees it: counted when unassigned, without tenant, with candidate groups. */
  private record Etat(String attribuee, String locataire, Map<String, Integer> groupes) {
    String ensemble() {
      if (attribuee != null || locataire != null) {
        return null;
      }
      Set<String> presents = new TreeSet<>();
      groupes.forEach((groupe, n) -> {
        if (n > 0) {
          presents.add(groupe);
        }
      });
      return presents.isEmpty() ? null : String.join(",", presents);
    }
  }

  /**
   * The counter's changes that the command about to be written makes, per set, sorted by set.
   * Reads the previous state of the touched tasks that existed before the command: one query
   * (per 500 tasks), none when the command only creates tasks or touches none.
   */
  static Map<String, Long> variations(DbEntityCache cache, Connection c) {
    Map<String, Chargee> chargees = cache instanceof CacheSuivi suivi ? suivi.chargees : Map.of();
    Map<String, CachedDbEntity> taches = new HashMap<>();
    for (TaskEntity tache : cache.getEntitiesByType(TaskEntity.class)) {
      CachedDbEntity enCache = cache.getCachedEntity(tache);
      DbEntityState etat = enCache.getEntityState();
      boolean touchee = etat == DbEntityState.PERSISTENT ? enCache.isDirty() : etat != DbEntityState.DELETED_TRANSIENT;
      if (touchee) {
        taches.put(tache.getId(), enCache);
      }
    }
    Map<String, Map<String, Integer>> ajoutes = new HashMap<>();
    Map<String, Map<String, Integer>> retires = new HashMap<>();
    for (IdentityLinkEntity lien : cache.getEntitiesByType(IdentityLinkEntity.class)) {
      if (lien.getTaskId() == null || lien.getGroupId() == null || !IdentityLinkType.CANDIDATE.equals(lien.getType())) {
        continue;
      }
      DbEntityState etat = cache.getCachedEntity(lien).getEntityState();
      if (etat == DbEntityState.TRANSIENT) {
        ajoutes.computeIfAbsent(lien.getTaskId(), t -> new HashMap<>()).merge(lien.getGroupId(), 1, Integer::sum);
      } else if (etat == DbEntityState.DELETED_PERSISTENT || etat == DbEntityState.DELETED_MERGED) {
        retires.computeIfAbsent(lien.getTaskId(), t -> new HashMap<>()).merge(lien.getGroupId(), 1, Integer::sum);
      }
    }
    Set<String> ids = new LinkedHashSet<>(taches.keySet());
    ids.addAll(ajoutes.keySet());
    ids.addAll(retires.keySet());
    // Counted neither before (as loaded: assigned) nor after (assigned or deleted): nothing to
    // read, the usual completion of a claimed task costs no statement.
    ids.removeIf(id -> {
      Chargee chargee = chargees.get(id);
      CachedDbEntity enCache = taches.get(id);
      if (chargee == null || enCache == null || chargee.comptee()) {
        return false;
      }
      TaskEntity tache = (TaskEntity) enCache.getEntity();
      return supprimee(enCache) || tache.getAssignee() != null || tache.getTenantId() != null;
    });
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<String> existantes = ids.stream()
        .filter(id -> taches.get(id) == null || taches.get(id).getEntityState() != DbEntityState.TRANSIENT)
        .toList();
    Map<String, Etat> avant = lire(c, existantes);
    Map<String, Long> variations = new TreeMap<>();
    for (String id : ids) {
      Etat av = avant.get(id);
      CachedDbEntity enCache = taches.get(id);
      Etat ap = null;
      if (!(enCache != null && supprimee(enCache)) && (enCache != null || av != null)) {
        Map<String, Integer> groupes = av == null ? new HashMap<>() : new HashMap<>(av.groupes());
        retires.getOrDefault(id, Map.of()).forEach((g, n) -> groupes.merge(g, -n, Integer::sum));
        ajoutes.getOrDefault(id, Map.of()).forEach((g, n) -> groupes.merge(g, n, Integer::sum));
        if (enCache != null) {
          TaskEntity tache = (TaskEntity) enCache.getEntity();
          ap = new Etat(tache.getAssignee(), tache.getTenantId(), groupes);
        } else {
          ap = new Etat(av.attribuee(), av.locataire(), groupes);
        }
      }
      if (av != null && av.ensemble() != null) {
        variations.merge(av.ensemble(), -1L, Long::sum);
      }
      if (ap != null && ap.ensemble() != null) {
        variations.merge(ap.ensemble(), 1L, Long::sum);
      }
    }
    variations.values().removeIf(n -> n == 0);
    return variations;
  }

  private static boolean supprimee(CachedDbEntity enCache) {
    return enCache.getEntityState() == DbEntityState.DELETED_PERSISTENT || enCache.getEntityState() == DbEntityState.DELETED_MERGED;
  }

  /** A task as the command loaded it from the database, before any change of the command. */
  private record Chargee(String attribuee, String locataire) {
    boolean comptee() {
      return attribuee == null && locataire == null;
    }
  }

  /**
   * The engine's entity cache, which also keeps the assignee and tenant of each task as it was
   * loaded: the state before the command, with no query.
   */
  static final class CacheSuivi extends DbEntityCache {
    final Map<String, Chargee> chargees = new HashMap<>();

    CacheSuivi(org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCacheKeyMapping cles) {
      super(cles);
    }

    @Override
    public void putPersistent(org.camunda.bpm.engine.impl.db.DbEntity entite) {
      super.putPersistent(entite);
      if (entite instanceof TaskEntity tache) {
        chargees.putIfAbsent(tache.getId(), new Chargee(tache.getAssignee(), tache.getTenantId()));
      }
    }
  }

  /** What the tasks were before the command: assignee, tenant, candidate groups. */
  private static Map<String, Etat> lire(Connection c, List<String> ids) {
    Map<String, Etat> etats = new HashMap<>();
    for (int debut = 0; debut < ids.size(); debut += PAR_LOT) {
      List<String> lot = ids.subList(debut, Math.min(ids.size(), debut + PAR_LOT));
      String sql = "select T.ID_, T.ASSIGNEE_, T.TENANT_ID_, I.GROUP_ID_ from ACT_RU_TASK T left join ACT_RU_IDENTITYLINK I"
          + " on I.TASK_ID_ = T.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ is not null where T.ID_ in ("
          + String.join(", ", java.util.Collections.nCopies(lot.size(), "?")) + ")";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < lot.size(); i++) {
          ps.setString(i + 1, lot.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Etat etat = etats.get(rs.getString(1));
            if (etat == null) {
              etat = new Etat(rs.getString(2), rs.getString(3), new HashMap<>());
              etats.put(rs.getString(1), etat);
            }
            String groupe = rs.getString(4);
            if (groupe != null) {
              etat.groupes().merge(groupe, 1, Integer::sum);
            }
          }
        }
      } catch (SQLException e) {
        throw new ProcessEngineException("Tâches impossibles à relire pour leur compteur", e);
      }
    }
    return etats;
  }

  /**
   * Adds the changes to the counter in the command's transaction: one batched update per set,
   * sorted by set. A set without row gets one (in its own transaction), then its update again.
   */
  void appliquer(Connection c, Map<String, Long> variations) {
    List<String> ensembles = new ArrayList<>(variations.keySet());
    try (PreparedStatement ps = c.prepareStatement(AJOUTER)) {
      for (String ensemble : ensembles) {
        ps.setLong(1, variations.get(ensemble));
        ps.setString(2, ensemble);
        ps.addBatch();
      }
      int[] lignes = ps.executeBatch();
      List<String> manquants = new ArrayList<>();
      for (int i = 0; i < lignes.length; i++) {
        if (lignes[i] == 0) {
          manquants.add(ensembles.get(i));
        }
      }
      if (manquants.isEmpty()) {
        return;
      }
      if (postgres(c)) {
        creerLignesDansLaTransaction(c, manquants);
      } else {
        creerLignes(manquants);
      }
      for (String ensemble : manquants) {
        ps.setLong(1, variations.get(ensemble));
        ps.setString(2, ensemble);
        if (ps.executeUpdate() != 1) {
          throw new ProcessEngineException("Ligne du compteur introuvable : " + ensemble);
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Compteur des tâches impossible à mettre à jour", e);
    }
  }

  /**
   * Creates the rows of new sets at zero in the user's transaction (PostgreSQL): a row that
   * another transaction has created, or is creating, is left alone (after waiting for that
   * transaction, a wait PostgreSQL sees), never an error. Not on a connection of its own, which
   * the recount's lock could hold up while the recount waits for this transaction (class
   * javadoc).
   */
  private static void creerLignesDansLaTransaction(Connection c, List<String> ensembles) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "insert into compteur_taches_groupes (groupes, non_attribuees) values (?, 0) on conflict (groupes) do nothing")) {
      for (String ensemble : ensembles) {
        ps.setString(1, ensemble);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Creates the rows of new sets at zero, committed at once on a connection of their own (H2,
   * which has no recount lock): the user's transaction never fails on a primary key that another
   * transaction has just created.
   */
  private void creerLignes(List<String> ensembles) throws SQLException {
    try (Connection autre = base.getConnection()) {
      autre.setAutoCommit(true);
      try (PreparedStatement ps = autre.prepareStatement("insert into compteur_taches_groupes (groupes, non_attribuees) values (?, 0)")) {
        for (String ensemble : ensembles) {
          ps.setString(1, ensemble);
          try {
            ps.executeUpdate();
          } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
              throw e;
            }
            // Created meanwhile by another transaction: the row is there, which is all we need.
          }
        }
      }
    }
  }

  /** Opens {@link EntitesComptees} instead of the engine's entity manager in every command. */
  static final class Fabrique extends DbEntityManagerFactory {
    private final CompteurTachesGroupes compteur;

    Fabrique(CompteurTachesGroupes compteur) {
      super(null);
      this.compteur = compteur;
    }

    @Override
    public DbEntityManager openSession() {
      PersistenceSession session = Context.getCommandContext().getSession(PersistenceSession.class);
      return new EntitesComptees(Context.getProcessEngineConfiguration().getIdGenerator(), session, compteur);
    }
  }

  /**
   * The engine's entity manager, which before writing a command works out the counter's changes
   * from its cache, and after writing adds them to the counter.
   */
  static final class EntitesComptees extends DbEntityManager {
    private final CompteurTachesGroupes compteur;

    EntitesComptees(IdGenerator identifiants, PersistenceSession session, CompteurTachesGroupes compteur) {
      super(identifiants, session);
      this.compteur = compteur;
    }

    /** The engine's cache, which remembers the tasks as loaded (unless reused between jobs: off here). */
    @Override
    protected void initializeEntityCache() {
      ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
      if (configuration == null || configuration.isDbEntityCacheReuseEnabled()) {
        super.initializeEntityCache();
      } else {
        dbEntityCache = new CacheSuivi(configuration.getDbEntityCacheKeyMapping());
      }
    }

    @Override
    public void flush() {
      Connection c = ((DbSqlSession) persistenceSession).getSqlSession().getConnection();
      Map<String, Long> variations = variations(getDbEntityCache(), c);
      super.flush();
      if (!variations.isEmpty()) {
        compteur.appliquer(c, variations);
      }
    }
  }
}
