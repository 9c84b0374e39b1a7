package fr.cpam.demarches.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.TestIntegration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The history the engine writes, at level {@code full}, less what {@link HistoriqueAllegePlugin}
 * leaves out: no detail per variable write, no row for an exclusive gateway; the last value of
 * each variable, every other activity and the waiting time at an event-based gateway are kept.
 */
@TestIntegration
@fr.cpam.demarches.engine.interne.AvecCorrectifs(value = {fr.cpam.demarches.engine.interne.Correctifs.Correctif.HISTORIQUE_ALLEGE}, raison = "le moteur nu écrit tout l'historique full")
class HistoriqueAllegeIntTest {

  private static final String PROCESSUS = "EssaiHistoriqueAllege";

  @Autowired ProcessEngine moteur;

  private String deploiement;

  @Test
  void ni_details_de_variables_ni_passerelles_exclusives_le_reste_est_garde() {
    BpmnModelInstance modele = Bpmn.createExecutableProcess(PROCESSUS).camundaHistoryTimeToLive(1)
        .startEvent("Debut")
        .exclusiveGateway("Aiguillage")
        .eventBasedGateway().id("Attente")
        .intermediateCatchEvent("Reveil").message("EssaiHistoriqueReveil")
        .endEvent("Fin")
        .moveToNode("Attente")
        .intermediateCatchEvent("Delai").timerWithDuration("PT1H")
        .endEvent("FinDelai")
        .done();
    deploiement = moteur.getRepositoryService().createDeployment().name("essai-historique")
        .addModelInstance(PROCESSUS + ".bpmn", modele).deploy().getId();

    String instance = moteur.getRuntimeService().startProcessInstanceByKey(PROCESSUS, Map.of("etape", 1)).getId();
    moteur.getRuntimeService().setVariable(instance, "etape", 2);
    moteur.getRuntimeService().createMessageCorrelation("EssaiHistoriqueReveil").processInstanceId(instance).correlate();

    var historique = moteur.getHistoryService();
    assertThat(historique.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isEqualTo(1);
    assertThat(historique.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
        .extracting(HistoricActivityInstance::getActivityId)
        .containsExactlyInAnyOrder("Debut", "Attente", "Reveil", "Fin");
    assertThat(historique.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("Attente")
        .singleResult().getEndTime()).isNotNull();
    assertThat(historique.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("etape")
        .singleResult().getValue()).isEqualTo(2);
    assertThat(historique.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
  }

  @AfterEach
  void retirerLeProcessus() {
    if (deploiement != null) {
      moteur.getRepositoryService().deleteDeployment(deploiement, true);
    }
  }
}
