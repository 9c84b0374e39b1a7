package fr.cpam.demarches.moteur.interne;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.TestIntegration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's decisions are evaluated by the FEEL engine that keeps what it parsed, with the same answers. */
@TestIntegration
class FeelAnalysesGardeesIntTest {

  @Autowired ProcessEngine moteur;

  @Test
  void une_decision_evaluee_deux_fois_n_est_analysee_qu_une_fois_et_repond_pareil() {
    var feel = ((ProcessEngineConfigurationImpl) moteur.getProcessEngineConfiguration()).getDmnEngineConfiguration().getFeelEngine();
    assertThat(feel).isInstanceOf(FeelAnalysesGardeesPlugin.ScalaFeelAnalysesGardees.class);
    var gardees = ((FeelAnalysesGardeesPlugin.ScalaFeelAnalysesGardees) feel).moteur();

    Object coherente = motif(true);
    Object autreSiret = motif(false);
    int apresLaPremiereFois = gardees.analysesGardees();
    Object encoreCoherente = motif(true);
    Object encoreAutreSiret = motif(false);

    assertThat(coherente).isNull();
    assertThat(encoreCoherente).isNull();
    assertThat(autreSiret).asString().contains("SIRET");
    assertThat(encoreAutreSiret).isEqualTo(autreSiret);
    assertThat(apresLaPremiereFois).isPositive();
    assertThat(gardees.analysesGardees()).isEqualTo(apresLaPremiereFois);
  }

  private Object motif(boolean siretConcordant) {
    var resultat = moteur.getDecisionService().evaluateDecisionTableByKey("Decision_VerificationAttestation",
        Map.of("siretConcordant", siretConcordant, "jourTravaillePendantArret", false, "heuresTravaillees", 455.0, "totalSalaires", 6000.0));
    return resultat.getSingleResult() == null ? null : resultat.getSingleResult().getSingleEntry();
  }

  @Test
  void une_expression_analysee_est_gardee_et_evaluee_comme_avant() {
    var feel = new FeelAnalysesGardeesPlugin.FeelAnalysesGardees(
        org.camunda.feel.FeelEngine.defaultFunctionProvider(), org.camunda.feel.FeelEngine.defaultValueMapper());

    assertThat(feel.parseUnaryTests(">= 150")).isSameAs(feel.parseUnaryTests(">= 150"));
    // As Camunda's engine passes a cell's input: the name of the input variable, then its value.
    assertThat(feel.evalUnaryTests(">= 150", Map.<String, Object>of("inputVariableName", "heures", "heures", 200)).toOption().get()).isEqualTo(true);
    assertThat(feel.evalUnaryTests(">= 150", Map.<String, Object>of("inputVariableName", "heures", "heures", 100)).toOption().get()).isEqualTo(false);
    assertThat(feel.evalExpression("a + 1", Map.<String, Object>of("a", 2)).toOption().get()).asString().isEqualTo("3");
    assertThat(feel.parseExpression("a +").isLeft()).isTrue();
    assertThat(feel.analysesGardees()).isEqualTo(3);
  }
}
