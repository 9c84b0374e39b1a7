package fr.cpam.demarches.formation;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.JobsDus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A session's learners at work, as Tasklist makes them work: a learner takes their open task of a
 * model element, spends 12 minutes on it (the engine clock), completes it with their decision;
 * then the jobs the job executor would run on a training server (a transfer, the next step).
 */
record Stagiaires(SessionsDeFormation sessions, TaskService taskService, IdentityService identityService, JdbcTemplate jdbc,
    JobsDus jobs) {

  void faire(SessionsDeFormation.SessionCreee s, int numero, String element, Map<String, Object> valeurs) {
    faire(s, numero, null, element, valeurs);
  }

  /** The same in the dossier of that scenario ({@code null}: the learner's only open task of that element). */
  void faire(SessionsDeFormation.SessionCreee s, int numero, String scenario, String element, Map<String, Object> valeurs) {
    String locataire = sessions.locataires(s.code()).get(numero - 1);
    String stagiaire = s.comptes().get(numero - 1).identifiant();
    var requete = taskService.createTaskQuery().tenantIdIn(locataire).taskDefinitionKey(element);
    if (scenario != null) {
      requete.processInstanceBusinessKey(reference(locataire, scenario));
    }
    Task tache = requete.singleResult();
    List<String> groupes = identityService.createGroupQuery().groupMember(stagiaire).list().stream().map(g -> g.getId()).toList();
    identityService.setAuthentication(stagiaire, groupes, List.of(locataire));
    try {
      taskService.claim(tache.getId(), stagiaire);
      HorlogeDeTest.avancer(Duration.ofMinutes(12));
      taskService.complete(tache.getId(), valeurs);
    } finally {
      identityService.clearAuthentication();
    }
    jobs.duDossier(jdbc.queryForObject("select BUSINESS_KEY_ from ACT_HI_PROCINST where ID_ = ?", String.class, tache.getProcessInstanceId()));
  }

  /** The reference of the learner's dossier of that scenario. */
  String reference(String locataire, String scenario) {
    return jdbc.queryForObject("select d.reference from formation_dossier d join formation_stagiaire t"
        + " on t.id = d.stagiaire_id where t.locataire = ? and d.scenario = ?", String.class, locataire, scenario);
  }

  /** The learner's dossiers' references, in the order they were played. */
  List<String> references(String locataire) {
    return jdbc.queryForList("select d.reference from formation_dossier d join formation_stagiaire t on t.id = d.stagiaire_id"
        + " where t.locataire = ? order by d.id", String.class, locataire);
  }
}
