package fr.cpam.demarches.engine.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.performance.NouveauxAssures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tasklist's engine API writes its JSON with one shared mapper, configured as Camunda's. */
@TestIntegration
class JacksonApiTasklistIntTest {

  @Autowired Http http;
  @Autowired NouveauxAssures assures;

  @Test
  void les_pages_de_tasklist_passent_par_le_mapper_partage_et_gardent_le_format_des_dates_de_camunda() {
    assures.ecritAuServiceDesDroits(http);
    SessionWebapp tasklist = SessionWebapp.tasklist(http.url(""), "agent.droits", "demo");

    long avant = JacksonApiTasklist.MapperPartage.utilisations();
    var taches = tasklist.get("/camunda/api/engine/engine/default/task?candidateGroup=gestion-droits&maxResults=5");

    assertThat(taches.statusCode()).isEqualTo(200);
    assertThat(JacksonApiTasklist.MapperPartage.utilisations()).isGreaterThan(avant);
    // Camunda's date format (a plain mapper would write numbers): 2026-11-27T10:15:30.000+0100
    assertThat(taches.body()).containsPattern("\"created\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}\"");
  }
}
