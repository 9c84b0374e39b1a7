package fr.cpam.demarches.webapps;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The job executor is off in the tests: after a step that ends in an asynchronous one (sending
 * an answer, asking for a complement, correlating an attestation), the test runs the jobs that
 * are due for that process instance, as the executor would in a few seconds. Timers not yet due
 * stay.
 */
final class JobsDuDossier {

  private JobsDuDossier() {}

  static void executer(ManagementService managementService, String processInstanceId) {
    for (int tour = 0; tour < 20; tour++) {
      List<Job> dus = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (dus.isEmpty()) {
        return;
      }
      dus.forEach(j -> managementService.executeJob(j.getId()));
    }
    throw new AssertionError("Des jobs se relancent sans fin pour " + processInstanceId);
  }
}
