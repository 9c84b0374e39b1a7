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

  @Test
  void le_moteur_ne_journalise_pas_une_seconde_fois_un_echec_attendu_deja_dit_en_une_ligne(CapturedOutput sortie) {
    var echec = new EchecServiceExterne("CV-2026-TESTE-JOURN", "La fabrique de cartes n'a pas pris la commande.");
    LoggerFactory.getLogger("org.camunda.bpm.engine.jobexecutor")
        .warn("ENGINE-14006 Exception while executing job {}: ", "job-journaux", echec);
    LoggerFactory.getLogger("org.camunda.bpm.engine.jobexecutor")
        .warn("ENGINE-14006 Exception while executing job {}: ", "job-autre", new IllegalStateException("panne inattendue"));

    assertThat(sortie.getOut()).doesNotContain("job-journaux").contains("job-autre", "panne inattendue");
  }

  @Test
  void une_erreur_de_base_de_donnees_journalisee_ne_recopie_pas_les_valeurs_saisies(CapturedOutput sortie) {
    var base = new java.sql.SQLException(
        "Value too long for column \"TEXT_ CHARACTER VARYING(4000)\": \"'Mon message très personnel' (5000)\"; SQL statement:", "22001");
    LoggerFactory.getLogger(JournauxIntTest.class).error("Erreur sur le dossier {}", "MS-2026-TESTE-JOURN",
        new IllegalStateException("ENGINE-03004 Exception while executing Database Operation", base));
    var unique = new java.sql.SQLException(
        "ERROR: duplicate key value violates unique constraint \"uk\"\n  Detail: Key (nom)=(Dupont Marie) already exists.", "23505");
    LoggerFactory.getLogger(JournauxIntTest.class).error("Autre erreur", unique);

    assertThat(sortie.getOut())
        .contains("MS-2026-TESTE-JOURN", "Value too long for column", "TEXT_ CHARACTER VARYING(4000)", "Key (nom)=(…)")
        .doesNotContain("Mon message très personnel", "Dupont Marie");
  }
}
