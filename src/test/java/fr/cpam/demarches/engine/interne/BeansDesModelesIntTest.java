package fr.cpam.demarches.engine.interne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpam.demarches.TestIntegration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The running engine resolves the beans listed for the models ({@code @BeanDeProcessus}) and
 * refuses every other bean of the application, in a model's expression as in a delegate
 * expression (docs/decisions/0087).
 */
@TestIntegration
class BeansDesModelesIntTest {

  private static final String PROCESSUS = "EssaiBeansDesModeles";

  @Autowired ProcessEngine moteur;
  @Autowired ApplicationContext contexte;
  private String deploiement;

  @Test
  void un_bean_liste_est_appele_par_le_modele() {
    deployer("${execution.setVariable('echeance', calendrierOuvre.echeance(1))}");

    ProcessInstance dossier = moteur.getRuntimeService().startProcessInstanceByKey(PROCESSUS);

    assertThat(moteur.getRuntimeService().getVariable(dossier.getId(), "echeance")).isInstanceOf(Date.class);
  }

  @Test
  void un_bean_de_l_application_qui_n_est_pas_liste_est_refuse() {
    assertThat(contexte.containsBean("correctifs")).as("le bean existe bien").isTrue();
    deployer("${correctifs.tousActifs()}");

    assertThatThrownBy(() -> moteur.getRuntimeService().startProcessInstanceByKey(PROCESSUS))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Cannot resolve identifier 'correctifs'");
  }

  @Test
  void un_delegue_qui_n_est_pas_liste_est_refuse() {
    assertThat(contexte.containsBean("compteService")).as("le bean existe bien").isTrue();
    BpmnModelInstance modele = Bpmn.createExecutableProcess(PROCESSUS).camundaHistoryTimeToLive(1)
        .startEvent("Debut").serviceTask("Appel").camundaDelegateExpression("${compteService}").endEvent("Fin").done();
    deploiement = moteur.getRepositoryService().createDeployment().name("essai-beans-des-modeles")
        .addModelInstance(PROCESSUS + ".bpmn", modele).deploy().getId();

    assertThatThrownBy(() -> moteur.getRuntimeService().startProcessInstanceByKey(PROCESSUS, Map.of()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Cannot resolve identifier 'compteService'");
  }

  private void deployer(String expression) {
    BpmnModelInstance modele = Bpmn.createExecutableProcess(PROCESSUS).camundaHistoryTimeToLive(1)
        .startEvent("Debut").serviceTask("Appel").camundaExpression(expression).userTask("Attendre").endEvent("Fin").done();
    deploiement = moteur.getRepositoryService().createDeployment().name("essai-beans-des-modeles")
        .addModelInstance(PROCESSUS + ".bpmn", modele).deploy().getId();
  }

  @AfterEach
  void retirerLeProcessus() {
    if (deploiement != null) {
      moteur.getRepositoryService().deleteDeployment(deploiement, true);
    }
  }
}
