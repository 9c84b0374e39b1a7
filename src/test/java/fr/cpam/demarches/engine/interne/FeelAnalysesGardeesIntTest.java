package fr.cpam.demarches.engine.interne;

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
  @Autowired Correctifs correctifs;

  @Test
  void une_decision_evaluee_deux_fois_n_est_analysee_qu_une_fois_et_repond_pareil() {
    org.junit.jupiter.api.Assumptions.assumeTrue(correctifs.actif(Correctifs.Correctif.FEEL_ANALYSES_GARDEES),
        "correctif feel-analyses-gardees éteint : le moteur DMN analyse chaque fois");
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

  /** Patch {@code feel-analyses-gardees} (docs/decisions/0025): every answer is the plain engine's. */
  @Test
  void une_decision_repond_comme_celle_du_moteur_nu() {
    var nu = MoteurNu.a_cote_de(moteur);
    for (boolean siret : new boolean[] {true, false}) {
      for (boolean jourTravaille : new boolean[] {true, false}) {
        for (double heures : new double[] {100.0, 150.0, 455.0}) {
          for (double salaires : new double[] {1000.0, 6000.0}) {
            Map<String, Object> entrees = Map.of(
                "siretConcordant", siret, "jourTravaillePendantArret", jourTravaille, "heuresTravaillees", heures, "totalSalaires", salaires);
            assertThat(moteur.getDecisionService().evaluateDecisionTableByKey("Decision_VerificationAttestation", entrees).getResultList())
                .as(entrees.toString())
                .isEqualTo(nu.getDecisionService().evaluateDecisionTableByKey("Decision_VerificationAttestation", entrees).getResultList());
          }
        }
      }
    }
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
