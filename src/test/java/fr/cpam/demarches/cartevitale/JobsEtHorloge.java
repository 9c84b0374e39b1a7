package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.Fuseau;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * What the job executor and the calendar do in production, done by the tests (the job executor
 * is off): run the jobs of a dossier that are due, let time pass on the engine clock.
 */
@Component
public class JobsEtHorloge {

  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  JobsEtHorloge(RuntimeService runtimeService, ManagementService managementService) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  /** Runs every job of the dossier (parent and called process) that is due now, until none is left. */
  public void executerJobsDus(String reference) {
    for (int tour = 0; tour < 20; tour++) {
      List<Job> dus = jobsDus(reference);
      if (dus.isEmpty()) {
        return;
      }
      // A job may end the others of the list (an interrupting timer cancels its activity's timers).
      dus.stream()
          .filter(j -> managementService.createJobQuery().jobId(j.getId()).count() > 0)
          .forEach(j -> managementService.executeJob(j.getId()));
    }
    throw new AssertionError("Des jobs restent dus après 20 tours pour " + reference);
  }

  private List<Job> jobsDus(String reference) {
    var instances =
        new HashSet<>(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
            .map(ProcessInstance::getId).toList());
    return instances.isEmpty() ? List.of() : managementService.createJobQuery().processInstanceIds(instances).executable().list();
  }

  /** Moves the engine clock (timers, due dates, the rules' "today"), one minute past the period. */
  public void avancer(Period periode) {
    ClockUtil.setCurrentTime(Date.from(
        ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), Fuseau.PARIS).plus(periode).plusMinutes(1).toInstant()));
  }

  public void avancer(Duration duree) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duree).plusSeconds(60)));
  }
}
