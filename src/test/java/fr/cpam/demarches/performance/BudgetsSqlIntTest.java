package fr.cpam.demarches.performance;

import fr.cpam.demarches.CompteurSql;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TestIntegration
class BudgetsSqlIntTest {

  @Autowired Http http;
  @Autowired CompteurSql compteur;
  @Autowired ProcessEngine moteur;

  @Test
  void essai() {
    moteur.getRepositoryService().createDeployment().enableDuplicateFiltering(true).addClasspathResource("benchmark/BancMinimal.bpmn").deploy();
    var a = moteur.getAuthorizationService().createNewAuthorization(1);
    a.setGroupId("assures"); a.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION); a.setResourceId("BancMinimal");
    a.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ); a.addPermission(org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE);
    moteur.getAuthorizationService().saveAuthorization(a);
    var claire = http.en(Http.CLAIRE);
    claire.post("/engine-rest/process-definition/key/BancMinimal/start", "{}");
    compteur.journaliser(true);
    String id = claire.post("/engine-rest/process-definition/key/BancMinimal/start", "{}").json().path("id").asText();
    System.out.println("=== DEMARRAGE"); compteur.journal().forEach(s -> System.out.println(s.replaceAll("\\s+", " ")));
    compteur.journaliser(true);
    String t = claire.get("/engine-rest/task?processInstanceId=" + id).json().get(0).path("id").asText();
    System.out.println("=== REQUETE"); compteur.journal().forEach(s -> System.out.println(s.replaceAll("\\s+", " ")));
    compteur.journaliser(true);
    claire.post("/engine-rest/task/" + t + "/complete", "{}");
    System.out.println("=== COMPLETION"); compteur.journal().forEach(s -> System.out.println(s.replaceAll("\\s+", " ")));
    SessionWebapp s = new SessionWebapp(http.url(""));
    s.connecter("tasklist", "agent.droits", "demo");
    String filtres = s.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body();
    String fid = filtres.replaceAll(".*\"id\":\"([^\"]+)\",\"resourceType\":\"Task\",\"name\":\"Tâches de mon service\".*", "$1");
    System.out.println(fid.length() < 80 ? fid : filtres);
    compteur.journaliser(true);
    s.post("/camunda/api/engine/engine/default/filter/" + fid + "/count", "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}", true);
    System.out.println("=== COUNT"); compteur.journal().forEach(x -> System.out.println(x.replaceAll("\\s+", " ")));
    compteur.journaliser(false);
  }
}
