package fr.cpam.demarches.indemnites;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the daily payment run in tests as the job executor would (it is off in tests): the
 * process started at the engine's current time, then its jobs executed until none is left; and
 * the due jobs of a dossier, the same way.
 */
@Component
class TourneeDeTest {

  private final ProcessEngine moteur;
  private final JdbcTemplate jdbc;

  TourneeDeTest(ProcessEngine moteur, JdbcTemplate jdbc) {
    this.moteur = moteur;
    this.jdbc = jdbc;
  }

  /**
   * The tests share one database: the dossiers other tests left due are put out of this test's
   * runs, so that a run pays only the dossiers of the test that runs it.
   */
  void seulementLesDossiersDuTest() {
    jdbc.update("update arret_travail set prochaine_echeance = null");
  }

  /** Starts a run now, without running its lots. */
  ProcessInstance demarrer() {
    return moteur.getRuntimeService().startProcessInstanceByKey(TourneePaiementsProcess.CLE);
  }

  /** A whole run now: started, then each job of its lots executed. */
  ProcessInstance lancer() {
    ProcessInstance tournee = demarrer();
    executer(tournee);
    return tournee;
  }

  /** Executes the run's jobs (lots, then their completions) until none is left, due or not; a failure is thrown. */
  void executer(ProcessInstance tournee) {
    executerTantQue(gestion -> gestion.createJobQuery().processInstanceId(tournee.getId()).withRetriesLeft().list());
  }

  /** Executes the jobs of a dossier (or a run) that are due now, until it waits for something else. */
  void executerJobsDus(ProcessInstance instance) {
    executerTantQue(gestion -> gestion.createJobQuery().processInstanceId(instance.getId()).executable().list());
  }

  private void executerTantQue(java.util.function.Function<ManagementService, List<Job>> jobs) {
    ManagementService gestion = moteur.getManagementService();
    for (int i = 0; i < 100; i++) {
      List<Job> aExecuter = jobs.apply(gestion);
      if (aExecuter.isEmpty()) {
        return;
      }
      aExecuter.forEach(j -> gestion.executeJob(j.getId()));
    }
  }
}
