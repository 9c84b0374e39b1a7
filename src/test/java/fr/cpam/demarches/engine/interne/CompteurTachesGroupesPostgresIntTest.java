package fr.cpam.demarches.engine.interne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.cpam.demarches.TestIntegrationPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recount of the counter of unassigned tasks on PostgreSQL, while another transaction
 * changes it, as another node's command does when a node starts: the transaction is held open
 * after its counter update until the recount waits for a lock, then commits. Without the
 * recount's table lock the recount wrote counts read before that commit (a task lost or kept);
 * with the lock but the rows of new sets created on a connection of their own, the third test
 * deadlocked. Each test has candidate groups of its own, so that the counts compared are those
 * of its tasks only.
 */
@TestIntegrationPostgres
@fr.cpam.demarches.engine.interne.AvecCorrectifs(value = {Correctifs.Correctif.REQUETES_TASKLIST, Correctifs.Correctif.COMPTEUR_TACHES}, raison = "aucun compteur tenu sans compteur-taches")
class CompteurTachesGroupesPostgresIntTest {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired ProcessEngine moteur;
  @Autowired CompteurTachesGroupes compteur;
  @Autowired DataSource base;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  final ExecutorService fils = Executors.newCachedThreadPool();
  final CountDownLatch liberee = new CountDownLatch(1);
  final List<String> instances = new CopyOnWriteArrayList<>();

  @AfterEach
  void debloquer() {
    liberee.countDown();
    // A failed test may leave a statement waiting for a lock: cancelled, its thread ends.
    jdbc.query("select pg_cancel_backend(pid) from pg_stat_activity"
        + " where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()", rs -> {});
    fils.shutdownNow();
    // The database is shared with the other PostgreSQL test classes: their tasks only.
    moteur.getRuntimeService().deleteProcessInstancesIfExists(instances, "fin du test", true, true, true);
  }

  @Test
  void une_tache_creee_pendant_le_recalcul_est_comptee() throws Exception {
    String groupe = "essai-recalcul-creation";
    deployer(groupe);
    demarrer(groupe);
    recompterPendant(() -> demarrer(groupe), () -> {});

    assertThat(nombreReel(groupe)).isEqualTo(2);
    assertThat(nombre(groupe)).isEqualTo(nombreReel(groupe));
  }

  @Test
  void une_tache_attribuee_pendant_le_recalcul_sort_du_compteur() throws Exception {
    String groupe = "essai-recalcul-attribution";
    deployer(groupe);
    String tache = demarrer(groupe);
    demarrer(groupe);
    recompterPendant(() -> moteur.getTaskService().claim(tache, "essai.recalcul"), () -> {});

    assertThat(nombreReel(groupe)).isEqualTo(1);
    assertThat(nombre(groupe)).isEqualTo(nombreReel(groupe));
  }

  /**
   * A transaction that has already changed the counter (so the recount waits for it) creates a
   * task of a set that has no row yet: creating the row must not wait for the recount.
   */
  @Test
  void un_nouvel_ensemble_de_groupes_pendant_le_recalcul_n_attend_pas_le_recalcul() throws Exception {
    String existant = "essai-recalcul-existant";
    String nouveau = "essai-recalcul-nouveau";
    deployer(existant);
    deployer(nouveau);
    demarrer(existant);
    assertThat(jdbc.queryForObject("select count(*) from compteur_taches_groupes where groupes = ?", Long.class, nouveau)).isZero();
    recompterPendant(() -> demarrer(existant), () -> demarrer(nouveau));

    assertThat(nombreReel(existant)).isEqualTo(2);
    assertThat(nombre(existant)).isEqualTo(nombreReel(existant));
    assertThat(nombreReel(nouveau)).isEqualTo(1);
    assertThat(nombre(nouveau)).isEqualTo(nombreReel(nouveau));
  }

  /**
   * In one transaction, {@code avant} changes the counter; the transaction is then held open
   * while a recount starts and waits for it, goes on with {@code apres} and commits.
   */
  private void recompterPendant(Runnable avant, Runnable apres) throws Exception {
    CountDownLatch ecrite = new CountDownLatch(1);
    Future<?> commande = dansUneTransaction(() -> {
      avant.run();
      ecrite.countDown();
      attendre(liberee);
      apres.run();
    });
    attendre(ecrite);
    recompterPendantLaTransaction(commande);
  }

  /**
   * Starts a recount while {@code commande}'s transaction is open, waits until the recount waits
   * for a lock of the counter's table, lets the transaction go on and commit, then waits for both.
   */
  private void recompterPendantLaTransaction(Future<?> commande) throws Exception {
    Future<?> recalcul = fils.submit(compteur::recompter);
    long limite = System.nanoTime() + PATIENCE.toNanos();
    while (!recalculEnAttente()) {
      if (recalcul.isDone()) {
        recalcul.get();
        fail("Le recalcul s'est terminé sans attendre la transaction ouverte");
      }
      if (System.nanoTime() > limite) {
        fail("Le recalcul n'attend aucun verrou");
      }
      Thread.sleep(20);
    }
    liberee.countDown();
    try {
      commande.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      fail("Interblocage : la transaction attend le recalcul, qui l'attend");
    }
    recalcul.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
  }

  /** A statement on the counter's table waits for a lock (the recount: the test holds the other transaction idle). */
  private boolean recalculEnAttente() {
    return jdbc.queryForObject("select count(*) from pg_stat_activity where datname = current_database()"
        + " and wait_event_type = 'Lock' and query ilike '%compteur_taches_groupes%'", Long.class) > 0;
  }

  private Future<?> dansUneTransaction(Runnable travail) {
    TransactionTemplate modele = new TransactionTemplate(transactions);
    return fils.submit(() -> modele.executeWithoutResult(statut -> travail.run()));
  }

  private void deployer(String groupe) {
    moteur.getRepositoryService().createDeployment().name(cle(groupe)).enableDuplicateFiltering(true)
        .addModelInstance(cle(groupe) + ".bpmn", Bpmn.createExecutableProcess(cle(groupe)).camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Recu")
            .userTask("Task_Traiter").camundaCandidateGroups(groupe)
            .endEvent("EndEvent_Traite")
            .done())
        .deploy();
  }

  /** Starts a process whose only task is candidate to {@code groupe}; returns the task. */
  private String demarrer(String groupe) {
    String instance = moteur.getRuntimeService().startProcessInstanceByKey(cle(groupe)).getId();
    instances.add(instance);
    return moteur.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private static String cle(String groupe) {
    return "Essai-" + groupe;
  }

  private static void attendre(CountDownLatch verrou) {
    try {
      if (!verrou.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("Attente trop longue");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The counter's number for the group. */
  private long nombre(String groupe) {
    try (Connection c = base.getConnection()) {
      return CompteurTachesGroupes.nombre(c, List.of(groupe));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The open unassigned tasks candidate to the group, counted in the engine's tables. */
  private long nombreReel(String groupe) {
    return jdbc.queryForObject("select count(*) from ACT_RU_TASK T where T.ASSIGNEE_ is null and T.TENANT_ID_ is null"
        + " and exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = T.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ = ?)",
        Long.class, groupe);
  }
}
