package fr.cpam.demarches;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The one runner of jobs for the tests. The job executor is off in the tests: after a step that
 * ends in an asynchronous one (a call to an outside system, an answer sent), or after
 * {@link HorlogeDeTest} moved time past a timer, a test runs here what the executor would run in
 * the next seconds. Timers not yet due stay. Injected in full-context tests; {@link #de} for an
 * engine started by the test itself.
 */
@Component
public class JobsDus {

  private static final int TOURS = 100;

  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  JobsDus(ProcessEngine moteur) {
    this.runtimeService = moteur.getRuntimeService();
    this.managementService = moteur.getManagementService();
  }

  public static JobsDus de(ProcessEngine moteur) {
    return new JobsDus(moteur);
  }

  /**
   * Runs every job of the dossier (its process and the processes it called) that is due now, until
   * none is left; returns whether one ran.
   */
  public boolean duDossier(String reference) {
    return executerTantQue(() -> {
      Set<String> instances = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
          .stream().map(ProcessInstance::getId).collect(Collectors.toSet());
      return instances.isEmpty()
          ? List.of()
          : managementService.createJobQuery().processInstanceIds(instances).executable().list();
    }, reference);
  }

  /** Runs every job of one process instance that is due now, until none is left; returns whether one ran. */
  public boolean deLInstance(String processInstanceId) {
    return executerTantQue(
        () -> managementService.createJobQuery().processInstanceId(processInstanceId).executable().list(), processInstanceId);
  }

  /**
   * Runs every job of one process instance, due or not, until none with retries is left (the
   * payment run's lots, then their completions); a job's failure is thrown.
   */
  public void tousDeLInstance(String processInstanceId) {
    executerTantQue(
        () -> managementService.createJobQuery().processInstanceId(processInstanceId).withRetriesLeft().list(), processInstanceId);
  }

  private boolean executerTantQue(Supplier<List<Job>> jobs, String pour) {
    boolean fait = false;
    for (int tour = 0; tour < TOURS; tour++) {
      List<Job> aExecuter = jobs.get();
      if (aExecuter.isEmpty()) {
        return fait;
      }
      for (Job job : aExecuter) {
        // A job may end the others of the list (an interrupting timer cancels its activity's timers).
        if (managementService.createJobQuery().jobId(job.getId()).count() > 0) {
          managementService.executeJob(job.getId());
          fait = true;
        }
      }
    }
    throw new AssertionError("Des jobs restent à exécuter après " + TOURS + " tours pour " + pour);
  }
}
