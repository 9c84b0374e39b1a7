package fr.cpam.demarches.performance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.CompteurSql;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TestIntegration
class BudgetsSqlIntTest {

  @Autowired Http http;
  @Autowired CompteurSql compteur;

  @Test
  void essai() {
    http.en(Http.CLAIRE).get("/api/moi");
    System.out.println("moi " + compteur.instructionsPendant(() -> http.en(Http.CLAIRE).get("/api/moi")));
    System.out.println("notifs " + compteur.instructionsPendant(() -> http.en(Http.CLAIRE).get("/api/notifications")));
    System.out.println("tasks " + compteur.instructionsPendant(() -> http.en("agent.droits").get("/engine-rest/task?candidateGroup=gestion-droits&firstResult=0&maxResults=15")));
    System.out.println("count " + compteur.instructionsPendant(() -> http.en("agent.droits").get("/engine-rest/task/count?candidateGroup=gestion-droits")));
  }
}
