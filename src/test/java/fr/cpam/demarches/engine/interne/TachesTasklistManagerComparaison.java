package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.engine.Groupes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fast answers of Tasklist's two everyday queries are the engine's answers: same count,
 * same page, same order, for agents, supervisors and citizens. The engine's own answer is
 * obtained by adding a criterion that changes nothing ({@code taskNameLike("%")}): any other
 * criterion sends a query to the engine's SQL. Run on H2 ({@link TachesTasklistManagerIntTest})
 * and on PostgreSQL ({@link TachesTasklistManagerPostgresIntTest}), where the queries are written
 * for their plans.
 */
abstract class TachesTasklistManagerComparaison {

  @Autowired ProcessEngine moteur;
  private final List<String> instances = new ArrayList<>();

  @BeforeEach
  void des_dossiers_attendent_des_agents() {
    moteur.getRepositoryService().createDeployment().enableDuplicateFiltering(true)
        .addClasspathResource("benchmark/BancDossier.bpmn").deploy();
    String[][] dossiers = {
      {Groupes.GESTION_DROITS, null, "-2"}, {Groupes.GESTION_DROITS, null, "5"}, {Groupes.GESTION_DROITS, "agent.droits", "3"},
      {Groupes.ACCUEIL, null, "1"}, {Groupes.SERVICE_MEDICAL, null, "-1"}, {Groupes.SUPERVISEURS, null, "2"},
      {Groupes.GESTION_DROITS, null, "8"}, {Groupes.PRESTATIONS_ESPECES, "agent.prestations", "4"},
      {Groupes.GESTION_DROITS, "agent.rct", "-3"}
    };
    Instant creation = Instant.now().minus(1, ChronoUnit.HOURS);
    for (String[] d : dossiers) {
      demarrer(creation = creation.plusSeconds(7), d[0], d[1], Long.parseLong(d[2]));
    }
  }

  /** A dossier whose task waits for {@code groupe} (assigned to {@code agent} if not null). */
  private void demarrer(Instant creation, String groupe, String agent, long echeanceEnJours) {
    // Distinct creation times: the engine's order of equal times is not defined.
    HorlogeDeTest.regler(creation);
    Map<String, Object> variables = new HashMap<>();
    variables.put("groupe", groupe);
    variables.put("agent", agent);
    variables.put("echeance", Date.from(Instant.now().plus(echeanceEnJours, ChronoUnit.DAYS)));
    variables.put("reference", "TEST-TACHES");
    instances.add(moteur.getRuntimeService().startProcessInstanceByKey("BancDossier", "TEST-TACHES", variables).getId());
  }

  @AfterEach
  void nettoyer() {
    moteur.getIdentityService().clearAuthentication();
    moteur.getRuntimeService().deleteProcessInstances(instances, "test", true, true);
  }

  @Test
  void les_taches_de_mon_service_sont_celles_que_donne_le_moteur() {
    for (String agent : List.of("agent.droits", "agent.accueil", "agent.medical", "superviseur")) {
      List<String> siens = groupes(agent);
      assertThat(comparer(agent, q -> q.taskCandidateGroupIn(siens).orderByTaskCreateTime().desc(), Task::getCreateTime)).as(agent).isPositive();
      comparer(agent, q -> q.taskCandidateGroupIn(siens).orderByDueDate().asc(), Task::getDueDate);
      comparer(agent, q -> q.taskCandidateGroupIn(List.of(Groupes.GESTION_DROITS, Groupes.ACCUEIL)).orderByTaskPriority().desc().orderByTaskCreateTime().asc(), Task::getCreateTime);
    }
  }

  @Test
  void toutes_les_taches_des_services_prises_ou_non_sont_celles_que_donne_le_moteur() {
    List<String> services = Groupes.TACHES_DES_SERVICES;
    for (String agent : List.of("superviseur", "agent.droits", "admin")) {
      long toutes = comparer(agent, q -> q.taskCandidateGroupIn(services).includeAssignedTasks().orderByDueDate().asc(), Task::getDueDate);
      comparer(agent, q -> q.taskCandidateGroupIn(groupes(agent)).includeAssignedTasks().orderByTaskCreateTime().desc(), Task::getCreateTime);
      // Ours at least: all nine for a supervisor, assigned ones included; a service agent reads his service's.
      assertThat(toutes).as(agent).isGreaterThanOrEqualTo(agent.equals("agent.droits") ? 4 : 9);
    }
  }

  @Test
  void le_filtre_de_toutes_les_taches_des_services_compte_comme_le_moteur() {
    identite("superviseur");
    String filtre = moteur.getFilterService().createTaskFilterQuery().filterName("Toutes les tâches des services").singleResult().getId();
    long moteurSeul = moteur.getTaskService().createTaskQuery().taskNameLike("%")
        .taskCandidateGroupIn(Groupes.TACHES_DES_SERVICES).includeAssignedTasks().count();
    assertThat(moteur.getFilterService().count(filtre)).isEqualTo(moteurSeul).isGreaterThanOrEqualTo(9);
    assertThat(moteur.getFilterService().list(filtre)).extracting(t -> ((Task) t).getProcessInstanceId()).containsAll(instances);
  }

  @Test
  void mes_taches_sont_celles_que_donne_le_moteur() {
    for (String agent : List.of("agent.droits", "agent.prestations", "superviseur")) {
      long siennes = comparer(agent, q -> q.taskAssignee(agent).orderByTaskCreateTime().desc(), Task::getCreateTime);
      assertThat(siennes).as(agent).isEqualTo(agent.equals("superviseur") ? 0 : 1);
      comparer(agent, q -> q.taskAssignee("agent.prestations").orderByDueDate().asc(), Task::getDueDate);
    }
  }

  @Test
  void les_taches_en_retard_sont_celles_que_donne_le_moteur() {
    for (String agent : List.of("agent.droits", "agent.rct", "agent.medical", "agent.prestations", "superviseur")) {
      Date maintenant = new Date();
      long enRetard = comparer(agent, q -> q.dueBefore(maintenant).orderByDueDate().asc(), Task::getDueDate);
      // Ours at least (other test classes may leave late tasks): a group's, its assignee's, all for a supervisor.
      Map<String, Integer> auMoins = Map.of("agent.droits", 2, "agent.rct", 1, "agent.medical", 1, "agent.prestations", 0, "superviseur", 3);
      assertThat(enRetard).as(agent).isGreaterThanOrEqualTo(auMoins.get(agent));
      comparer(agent, q -> q.dueBefore(maintenant).orderByTaskCreateTime().desc(), Task::getCreateTime);
    }
  }

  @Test
  void en_retard_derriere_les_retards_des_autres_services_chaque_page_est_celle_du_moteur() {
    // Late tasks of another service, later ones first in due order: the agent's page is found
    // only after several slices of rows he may not read.
    Instant creation = Instant.now().minus(2, ChronoUnit.HOURS);
    int autres = 6 * TachesTasklistManager.TRANCHE_PAR_TACHE;
    for (int i = 0; i < autres; i++) {
      demarrer(creation = creation.plusSeconds(3), Groupes.ACCUEIL, null, -10 - i);
    }
    HorlogeDeTest.remettre();
    Date maintenant = new Date();
    identite("agent.droits");
    TaskQuery rapide = moteur.getTaskService().createTaskQuery().dueBefore(maintenant).orderByDueDate().asc();
    TaskQuery moteurSeul = moteur.getTaskService().createTaskQuery().taskNameLike("%").dueBefore(maintenant).orderByDueDate().asc();
    List<Task> attendues = moteurSeul.list();
    assertThat(attendues).hasSizeGreaterThanOrEqualTo(2).hasSizeLessThan(autres);
    for (int premier = 0; premier <= attendues.size(); premier++) {
      List<Task> page = attendues.subList(premier, Math.min(attendues.size(), premier + 2));
      assertThat(rapide.listPage(premier, 2)).as("page " + premier).map(Task::getDueDate).isEqualTo(page.stream().map(Task::getDueDate).toList());
    }
    assertThat(ids(rapide.listPage(0, attendues.size() + 5))).containsExactlyInAnyOrderElementsOf(ids(attendues));
    assertThat(rapide.count()).isEqualTo(attendues.size());
  }

  @Test
  void le_filtre_en_retard_compte_comme_le_moteur() {
    identite("agent.droits");
    String filtre = moteur.getFilterService().createTaskFilterQuery().filterName("En retard").singleResult().getId();
    long moteurSeul = moteur.getTaskService().createTaskQuery().taskNameLike("%").dueBefore(new Date()).count();
    assertThat(moteur.getFilterService().count(filtre)).isEqualTo(moteurSeul).isGreaterThanOrEqualTo(2);
    assertThat(moteur.getFilterService().list(filtre)).extracting(t -> ((Task) t).getDueDate()).isSorted();
  }

  @Test
  void un_agent_ne_voit_pas_les_taches_des_autres_services() {
    identite("agent.accueil");
    assertThat(moteur.getTaskService().createTaskQuery().taskCandidateGroupIn(List.of(Groupes.GESTION_DROITS)).count()).isZero();
    identite("agent.droits");
    assertThat(moteur.getTaskService().createTaskQuery().taskCandidateGroupIn(List.of(Groupes.GESTION_DROITS)).list())
        .extracting(Task::getProcessInstanceId).isNotEmpty().allMatch(instances::contains);
  }

  /**
   * Same count, same tasks, same order of the sort key on every page. (Tasks of other test
   * classes may share a creation time; the engine does not define their order among them.)
   */
  private long comparer(String agent, UnaryOperator<TaskQuery> requete, Function<Task, Object> cle) {
    identite(agent);
    TaskQuery rapide = requete.apply(moteur.getTaskService().createTaskQuery());
    TaskQuery moteurSeul = requete.apply(moteur.getTaskService().createTaskQuery().taskNameLike("%"));
    long nombre = rapide.count();
    assertThat(nombre).as(agent).isEqualTo(moteurSeul.count());
    for (int premier : List.of(0, 1, 3)) {
      assertThat(rapide.listPage(premier, 2)).as(agent + " page " + premier).map(cle).isEqualTo(moteurSeul.listPage(premier, 2).stream().map(cle).toList());
    }
    List<Task> toutes = rapide.list();
    assertThat(toutes).as(agent).map(cle).isEqualTo(moteurSeul.list().stream().map(cle).toList());
    assertThat(ids(toutes)).as(agent).containsExactlyInAnyOrderElementsOf(ids(moteurSeul.list()));
    return nombre;
  }

  private void identite(String agent) {
    List<String> groupes = groupes(agent);
    assertThat(groupes).isNotEmpty();
    moteur.getIdentityService().setAuthentication(agent, groupes);
  }

  private List<String> groupes(String utilisateur) {
    moteur.getIdentityService().clearAuthentication();
    return moteur.getIdentityService().createGroupQuery().groupMember(utilisateur).list().stream().map(g -> g.getId()).toList();
  }

  private static List<String> ids(List<Task> taches) {
    return taches.stream().map(Task::getId).toList();
  }
}
