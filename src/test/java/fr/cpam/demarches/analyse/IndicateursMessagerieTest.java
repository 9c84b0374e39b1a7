package fr.cpam.demarches.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The messagerie section names ids of {@code processes/MessageAssure.bpmn}: they must stay true. */
class IndicateursMessagerieTest {

  @Test
  void les_ids_de_la_messagerie_sont_ceux_du_modele() throws Exception {
    try (InputStream bpmn = getClass().getResourceAsStream("/processes/MessageAssure.bpmn")) {
      BpmnModelInstance modele = Bpmn.readModelFromStream(bpmn);
      assertThat(modele.<Process>getModelElementById(IndicateursMessagerie.PROCESSUS)).isNotNull();
      UserTask traiter = modele.getModelElementById(IndicateursMessagerie.TACHE_TRAITER);
      assertThat(traiter.getCamundaDueDate()).isEqualTo("${dateEcheance}");
      assertThat(traiter.getCamundaCandidateGroups()).isEqualTo("${groupeTraitant}");
      // A round of processing is the sub-process that holds the task: its end is the CPAM's answer.
      assertThat(traiter.getParentElement()).isInstanceOf(SubProcess.class);
    }
  }
}
