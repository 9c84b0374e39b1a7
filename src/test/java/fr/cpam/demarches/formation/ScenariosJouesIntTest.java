package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plays every scenario file of {@code processes/formation/} to its end against the real models,
 * as a learner who makes every expected decision: the citizen submits, the outside world sends
 * its events after the tasks they follow, each agent task is reached and completed with the
 * expected values by a person of its candidate groups, time passes where the scenario says so;
 * at the end the dossier stands at the scenario's {@code fin} with no agent task left. A
 * scenario that no longer matches the models (a task not reached, a decision a form refuses, a
 * path that ends elsewhere) fails the build, with the file and line of the step.
 *
 * <p>The job executor is off in tests: the jobs the engine would run are run here, as soon as due.
 */
@TestIntegration
class ScenariosJouesIntTest {

  @Autowired Partie partie;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired JobsDus jobs;

  @AfterEach
  void remettreLHorloge() {
    identityService.clearAuthentication();
  }

  @TestFactory
  Stream<DynamicTest> chaque_scenario_se_joue_jusqu_a_sa_fin_avec_les_decisions_attendues() {
    List<Scenario> scenarios = new Scenarios(Scenarios.Modeles.duClasspath()).charger();
    assertThat(scenarios).hasSizeGreaterThanOrEqualTo(10);
    return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.fichier(), () -> {
      try {
        jouer(s);
      } finally {
        HorlogeDeTest.remettre();
      }
    }));
  }

  void jouer(Scenario scenario) {
    Partie.AssureFictif assure = partie.creerAssure(scenario.assure());
    String reference = partie.deposer(scenario, assure);
    laisserFaire(reference, assure);
    Set<Integer> joues = new HashSet<>();
    evenements(scenario, null, reference, assure, joues);
    for (Scenario.DecisionAttendue attendue : scenario.taches()) {
      Task tache = partie.tacheDe(reference, attendue.tache());
      assertThat(tache)
          .as("%s, ligne %d : la tâche %s n'est pas ouverte ; le dossier %s attend à %s", scenario.fichier(), attendue.ligne(),
              attendue.tache(), reference, enAttente(reference))
          .isNotNull();
      Map<String, Object> saisie = new HashMap<>(attendue.saisie());
      saisie.putAll(attendue.attendu());
      identityService.setAuthentication("formation.test", groupesCandidats(tache));
      try {
        taskService.complete(tache.getId(), saisie);
      } catch (RuntimeException e) {
        throw new AssertionError(scenario.fichier() + ", ligne " + attendue.ligne() + " : " + attendue.tache()
            + " refuse la décision attendue : " + e.getMessage(), e);
      } finally {
        identityService.clearAuthentication();
      }
      laisserFaire(reference, assure);
      evenements(scenario, attendue.tache(), reference, assure, joues);
    }
    assertThat(estALaFin(reference, scenario.fin()))
        .as("%s : le dossier %s devait finir à %s ; il attend à %s", scenario.fichier(), reference, scenario.fin(), enAttente(reference))
        .isTrue();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).list())
        .as("%s : aucune tâche d'agent ne reste ouverte à la fin", scenario.fichier())
        .allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo(assure.identifiant()));
  }

  /** The events that follow that task (the first time it is completed), or the deposit ({@code apres} null). */
  private void evenements(Scenario scenario, String apres, String reference, Partie.AssureFictif assure, Set<Integer> joues) {
    for (int i = 0; i < scenario.evenements().size(); i++) {
      Scenario.Evenement e = scenario.evenements().get(i);
      if (java.util.Objects.equals(apres, e.apres()) && joues.add(i)) {
        try {
          if ("jours-passent".equals(e.type())) {
            joursPassent(((Number) e.donnees().getOrDefault("jours", 1L)).intValue(), reference);
          } else {
            partie.evenement(e, reference, assure);
          }
        } catch (RuntimeException ex) {
          throw new AssertionError(scenario.fichier() + ", ligne " + e.ligne() + " : l'événement " + e.type()
              + " n'a pas pu se produire : " + ex.getMessage(), ex);
        }
        laisserFaire(reference, assure);
      }
    }
  }

  /**
   * The room's clock moves on: the engine clock (timers, due dates, the rules' "today"), then the
   * daily payment run of each day passed, as the job executor would start it. The tests share one
   * database: the runs see only this dossier ({@link fr.cpam.demarches.EcheancesDuTest}).
   */
  private void joursPassent(int jours, String reference) {
    for (int i = 0; i < jours; i++) {
      HorlogeDeTest.avancer(Duration.ofDays(1));
      fr.cpam.demarches.EcheancesDuTest.seulementLesArrets(
          jdbc.queryForList("select id from arret_travail where reference = ?", Long.class, reference));
      ProcessInstance tournee = runtimeService.startProcessInstanceByKey("TourneePaiementsIj");
      jobs.tousDeLInstance(tournee.getId());
      jobs.duDossier(reference);
    }
    HorlogeDeTest.avancer(Duration.ofMinutes(1));
  }

  /** What the job executor and the citizen do until the dossier waits for someone else. */
  private void laisserFaire(String reference, Partie.AssureFictif assure) {
    for (int tour = 0; tour < 30; tour++) {
      boolean fait = jobs.duDossier(reference);
      fait |= partie.repondreCommeAssure(reference, assure);
      if (!fait) {
        return;
      }
    }
  }

  private boolean estALaFin(String reference, String fin) {
    if (runtimeService.createExecutionQuery().processInstanceBusinessKey(reference).activityId(fin).count() > 0) {
      return true;
    }
    for (HistoricProcessInstance pi : historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list()) {
      for (HistoricActivityInstance a :
          historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).activityId(fin).finished().list()) {
        if (a.getActivityType().toLowerCase().contains("endevent")) {
          return true;
        }
      }
    }
    return false;
  }

  private List<String> enAttente(String reference) {
    List<String> ids = new ArrayList<>();
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
        .forEach(p -> ids.addAll(runtimeService.getActiveActivityIds(p.getId())));
    if (ids.isEmpty()) {
      historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list()
          .forEach(p -> ids.add("terminé (" + p.getEndActivityId() + ")"));
    }
    return ids;
  }

  private List<String> groupesCandidats(Task tache) {
    return taskService.getIdentityLinksForTask(tache.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }
}
