package fr.cpam.demarches.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TestIntegration
class DemarrageIntTest {

  @Autowired IdentityService identityService;
  @Autowired Http http;

  @Test
  void l_application_demarre_sur_h2_avec_les_comptes_de_demonstration() {
    assertThat(identityService.createUserQuery().memberOfGroup(Groupes.ASSURES).count()).isGreaterThanOrEqualTo(3);
    assertThat(http.en(Http.CLAIRE).get("/api/moi").json().path("prenom").asText()).isEqualTo("Claire");
  }
}
