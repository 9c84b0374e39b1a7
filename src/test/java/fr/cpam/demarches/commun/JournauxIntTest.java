package fr.cpam.demarches.commun;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application's log configuration masks NIRs, whoever logs them. */
@TestIntegration
@ExtendWith(OutputCaptureExtension.class)
class JournauxIntTest {

  @Autowired Http http;

  @Test
  void un_nir_journalise_par_le_moteur_ou_par_nous_est_masque(CapturedOutput sortie) {
    LoggerFactory.getLogger("org.camunda.bpm.engine.identity")
        .warn("ENGINE-03089 The user with id '{}' is permanently locked.", "2850475112345");
    LoggerFactory.getLogger(JournauxIntTest.class).warn("Dossier de {}", "2 85 04 75 112 345 60");

    assertThat(sortie.getOut())
        .contains("The user with id '2 85 ** ** *** *** **' is permanently locked.")
        .contains("Dossier de 2 85 ** ** *** *** **")
        .doesNotContain("2850475112345")
        .doesNotContain("112 345 60");
  }

  @Test
  void une_erreur_sur_une_adresse_qui_contient_un_nir_ne_l_ecrit_pas(CapturedOutput sortie) {
    http.en("agent.accueil").get("/api/assures/285047511234560");
    assertThat(sortie.getOut()).contains("Consultation du compte 2 85 ** ** *** *** ** par agent.accueil")
        .doesNotContain("285047511234560");
  }
}
