package fr.cpam.demarches.engine.interne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.engine.interne.Correctifs.Correctif;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Patch {@code historique-allege} (docs/decisions/0022): the same dossier, run once by the
 * application's engine and once by the plain engine, leaves the same history, less exactly what
 * the patch leaves out: the variable details and the rows of exclusive gateways.
 */
@TestIntegration
class HistoriqueAllegeComparaisonIntTest {

  private static final String PROCESSUS = "EssaiHistoriqueCompare";

  @Autowired ProcessEngine moteur;
  @Autowired Correctifs correctifs;
  private String deploiement;

  @Test
  void meme_historique_que_le_moteur_nu_sans_details_ni_passerelles_exclusives() {
    assumeTrue(correctifs.actif(Correctif.HISTORIQUE_ALLEGE), "correctif historique-allege éteint : rien à comparer");
    BpmnModelInstance modele = Bpmn.createExecutableProcess(PROCESSUS).camundaHistoryTimeToLive(1)
        .startEvent("Debut")
        .exclusiveGateway("Aiguillage")
        .condition("oui", "${etape > 0}")
        .eventBasedGateway().id("Attente")
        .intermediateCatchEvent("Reveil").message("EssaiHistoriqueCompareReveil")
        .endEvent("Fin")
        .moveToNode("Attente")
        .intermediateCatchEvent("Delai").timerWithDuration("PT1H")
        .endEvent("FinDelai")
        .moveToNode("Aiguillage")
        .condition("non", "${etape <= 0}")
        .endEvent("FinSansAttente")
        .done();
    deploiement = moteur.getRepositoryService().createDeployment().name("essai-historique-compare")
        .addModelInstance(PROCESSUS + ".bpmn", modele).deploy().getId();

    String allege = derouler(moteur);
    String complet = derouler(MoteurNu.a_cote_de(moteur));

    HistoryService historique = moteur.getHistoryService();
    assertThat(activites(historique, allege))
        .isEqualTo(activites(historique, complet).stream().filter(a -> !a.startsWith(ActivityTypes.GATEWAY_EXCLUSIVE)).toList());
    assertThat(activites(historique, complet)).anyMatch(a -> a.startsWith(ActivityTypes.GATEWAY_EXCLUSIVE));
    assertThat(variables(historique, allege)).isEqualTo(variables(historique, complet)).isNotEmpty();
    assertThat(historique.createHistoricDetailQuery().processInstanceId(allege).count()).isZero();
    assertThat(historique.createHistoricDetailQuery().processInstanceId(complet).count()).isPositive();
    assertThat(historique.createHistoricProcessInstanceQuery().processInstanceId(allege).singleResult().getEndActivityId())
        .isEqualTo(historique.createHistoricProcessInstanceQuery().processInstanceId(complet).singleResult().getEndActivityId());
  }

  /** Start, write a variable twice, wake the dossier up: it ends. */
  private static String derouler(ProcessEngine m) {
    String instance = m.getRuntimeService().startProcessInstanceByKey(PROCESSUS, Map.of("etape", 1, "texte", "a")).getId();
    m.getRuntimeService().setVariable(instance, "etape", 2);
    m.getRuntimeService().setVariable(instance, "texte", "b");
    m.getRuntimeService().createMessageCorrelation("EssaiHistoriqueCompareReveil").processInstanceId(instance).correlate();
    return instance;
  }

  private static List<String> activites(HistoryService historique, String instance) {
    return historique.createHistoricActivityInstanceQuery().processInstanceId(instance).list().stream()
        .map(a -> a.getActivityType() + ":" + a.getActivityId() + ":" + (a.getEndTime() != null))
        .sorted()
        .toList();
  }

  private static List<String> variables(HistoryService historique, String instance) {
    return historique.createHistoricVariableInstanceQuery().processInstanceId(instance).list().stream()
        .map(v -> v.getName() + "=" + v.getValue())
        .sorted()
        .toList();
  }

  @AfterEach
  void retirerLeProcessus() {
    if (deploiement != null) {
      moteur.getRepositoryService().deleteDeployment(deploiement, true);
    }
  }
}
