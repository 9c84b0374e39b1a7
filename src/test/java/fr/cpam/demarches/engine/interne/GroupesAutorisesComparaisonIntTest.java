package fr.cpam.demarches.engine.interne;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.engine.Groupes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Patch {@code groupes-autorises} (docs/decisions/0013): the engine's authorization checks get all
 * the caller's groups instead of those that appear in some authorization. Every role reads, from
 * the application's engine, what the plain engine gives the same person on the same database.
 */
@TestIntegration
class GroupesAutorisesComparaisonIntTest {

  @Autowired ProcessEngine moteur;
  private final List<String> instances = new ArrayList<>();

  @BeforeEach
  void des_dossiers_attendent_des_services() {
    moteur.getRepositoryService().createDeployment().enableDuplicateFiltering(true)
        .addClasspathResource("benchmark/BancDossier.bpmn").deploy();
    for (String groupe : List.of(Groupes.GESTION_DROITS, Groupes.ACCUEIL, Groupes.SERVICE_MEDICAL)) {
      instances.add(moteur.getRuntimeService().startProcessInstanceByKey("BancDossier", "TEST-GROUPES",
          Map.of("groupe", groupe, "reference", "TEST-GROUPES")).getId());
    }
  }

  @AfterEach
  void nettoyer() {
    moteur.getIdentityService().clearAuthentication();
    MoteurNu.a_cote_de(moteur).getIdentityService().clearAuthentication();
    moteur.getRuntimeService().deleteProcessInstances(instances, "test", true, true);
  }

  @Test
  void chaque_role_lit_ce_que_lui_donne_le_moteur_nu() {
    ProcessEngine nu = MoteurNu.a_cote_de(moteur);
    for (String personne : List.of("agent.droits", "agent.accueil", "agent.medical", "superviseur", "analyste", "admin")) {
      // Read as the engine itself: a staff member may read only her own groups.
      moteur.getIdentityService().clearAuthentication();
      List<String> groupes = moteur.getIdentityService().createGroupQuery().groupMember(personne).list().stream()
          .map(g -> g.getId()).toList();
      assertThat(groupes).as(personne).isNotEmpty();
      moteur.getIdentityService().setAuthentication(personne, groupes);
      nu.getIdentityService().setAuthentication(personne, groupes);

      // taskNameLike("%"): the engine's own task query, not Tasklist's (patch requetes-tasklist).
      memes(personne, nu, m -> ids(m.getTaskService().createTaskQuery().taskNameLike("%").list(), Task::getId));
      memes(personne, nu, m -> m.getTaskService().createTaskQuery().taskNameLike("%").count());
      memes(personne, nu, m -> ids(m.getRuntimeService().createProcessInstanceQuery().list(), ProcessInstance::getId));
      memes(personne, nu, m -> ids(m.getHistoryService().createHistoricProcessInstanceQuery().list(), HistoricProcessInstance::getId));
      memes(personne, nu, m -> ids(m.getRepositoryService().createProcessDefinitionQuery().list(), ProcessDefinition::getId));
      memes(personne, nu, m -> m.getRepositoryService().createDecisionDefinitionQuery().count());
      memes(personne, nu, m -> m.getHistoryService().createHistoricTaskInstanceQuery().count());
      memes(personne, nu, m -> ids(m.getFilterService().createTaskFilterQuery().list(), f -> f.getId()));
    }
  }

  private void memes(String personne, ProcessEngine nu, Function<ProcessEngine, Object> question) {
    assertThat(question.apply(moteur)).as(personne).isEqualTo(question.apply(nu));
  }

  private static <T> List<String> ids(List<T> liste, Function<T, String> id) {
    return liste.stream().map(id).sorted().toList();
  }
}
