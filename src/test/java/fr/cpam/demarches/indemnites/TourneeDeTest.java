package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.EcheancesDuTest;
import fr.cpam.demarches.JobsDus;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the daily payment run in tests as the job executor would (it is off in tests): the
 * process started at the engine's current time, then its jobs executed until none is left
 * ({@link JobsDus}).
 */
@Component
class TourneeDeTest {

  private final ProcessEngine moteur;
  private final JobsDus jobs;
  private final JdbcTemplate jdbc;

  TourneeDeTest(ProcessEngine moteur, JobsDus jobs, JdbcTemplate jdbc) {
    this.moteur = moteur;
    this.jobs = jobs;
    this.jdbc = jdbc;
  }

  /**
   * The tests share one database: the dossiers other tests left due are out of this test's runs
   * (without touching their rows, {@link EcheancesDuTest}), so that a run pays only the dossiers
   * the test creates from now on.
   */
  void seulementLesDossiersDuTest() {
    EcheancesDuTest.seulementLesArretsApres(jdbc.queryForObject("select coalesce(max(id), 0) from arret_travail", Long.class));
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
    jobs.tousDeLInstance(tournee.getId());
  }
}
