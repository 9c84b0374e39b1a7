package fr.cpam.demarches.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.commun.Fuseau;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The flows when a parallel branch runs between two activities: a non-interrupting timer fires
 * while the task waits, and its reminder ends before the task does. The activity started just
 * before the next task is then the reminder's end, not the task: the flow from the task is found
 * further back (docs/decisions/0056), and counted once.
 */
@TestIntegration
class FluxParallelesIntTest {

  static final String PROCESSUS = "TestAnalysesParallele";

  @Autowired Http http;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  @Test
  void une_relance_terminee_pendant_la_tache_ne_cache_pas_le_flux_qui_la_suit() {
    BpmnModelInstance modele =
        Bpmn.createExecutableProcess(PROCESSUS)
            .camundaHistoryTimeToLive(3650)
            .startEvent("StartEvent_Recue")
            .sequenceFlowId("Flow_Recue")
            .userTask("Task_Attendre").camundaCandidateGroups(HistoriqueConnu.GROUPE)
            .sequenceFlowId("Flow_Reponse")
            .userTask("Task_Traiter").camundaCandidateGroups(HistoriqueConnu.GROUPE)
            .sequenceFlowId("Flow_Traitee")
            .endEvent("EndEvent_Fin")
            .moveToActivity("Task_Attendre")
            .boundaryEvent("Boundary_Relance").cancelActivity(false).timerWithDuration("P5D")
            .sequenceFlowId("Flow_VersRelance")
            .serviceTask("Task_Relancer").camundaExpression("${true}")
            .sequenceFlowId("Flow_Relancee")
            .endEvent("EndEvent_Relancee")
            .done();
    repositoryService.createDeployment().name("test-analyses-parallele").addModelInstance(PROCESSUS + ".bpmn", modele).deploy();

    ZonedDateTime debut = HorlogeDeTest.aujourdhui().minusDays(30).atTime(LocalTime.of(8, 0)).atZone(Fuseau.PARIS);
    try {
      le(debut);
      Map<String, Object> variables = new HashMap<>();
      ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESSUS, variables);
      le(debut.plusDays(5));
      managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
      le(debut.plusDays(6));
      taskService.complete(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId());
      le(debut.plusDays(7));
      taskService.complete(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId());
    } finally {
      HorlogeDeTest.remettre();
    }

    var r = http.en("analyste").get("/api/analyses/processus/" + PROCESSUS + "/statistiques");
    assertThat(r.statut()).as(r.corps()).isEqualTo(200);
    Map<String, Long> flux = new HashMap<>();
    for (JsonNode f : r.json().path("flux")) {
      flux.put(f.path("id").asText(), f.path("passages").asLong());
    }
    assertThat(flux)
        .containsEntry("Flow_Recue", 1L)
        .containsEntry("Flow_VersRelance", 1L)
        .containsEntry("Flow_Relancee", 1L)
        .containsEntry("Flow_Reponse", 1L)
        .containsEntry("Flow_Traitee", 1L);
  }

  private static void le(ZonedDateTime quand) {
    HorlogeDeTest.regler(quand);
  }
}
