package fr.cpam.demarches.cartevitale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row of Decision_RevueDeclaration, with the DMN engine alone (no Spring, no database). */
class RevueDeclarationDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void chargerLaTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = RevueDeclarationDecisionTest.class.getResourceAsStream("/processes/RevueDeclarationCarteVitale.dmn")) {
      decision = dmn.parseDecision(CarteVitalePerteVolProcess.DECISION_REVUE, table);
    }
  }

  private static DmnDecisionRuleResult decider(long declarations, boolean adresseModifiee, int age, boolean possedeCarte) {
    return dmn.evaluateDecisionTable(decision, Map.of(
            DemandesCarteVitaleProcess.NOMBRE_DECLARATIONS, declarations,
            DemandesCarteVitaleProcess.ADRESSE_MODIFIEE, adresseModifiee,
            DemandesCarteVitaleProcess.AGE_BENEFICIAIRE, age,
            DemandesCarteVitaleProcess.POSSEDE_CARTE, possedeCarte))
        .getSingleResult();
  }

  @Test
  void une_premiere_declaration_ordinaire_ne_demande_pas_d_examen() {
    var resultat = decider(1, false, 40, true);
    assertThat((Boolean) resultat.getEntry(DemandesCarteVitaleProcess.REVUE_NECESSAIRE)).isFalse();
    assertThat(resultat.getEntryMap().get(DemandesCarteVitaleProcess.MOTIF_REVUE)).isNull();
  }

  @ParameterizedTest(name = "{0} déclaration(s) en 12 mois : examen {1}")
  @CsvSource({"2, false", "3, true", "5, true"})
  void la_troisieme_declaration_en_douze_mois_est_examinee(long declarations, boolean examen) {
    var resultat = decider(declarations, false, 40, true);
    assertThat((Boolean) resultat.getEntry(DemandesCarteVitaleProcess.REVUE_NECESSAIRE)).isEqualTo(examen);
    if (examen) {
      assertThat((String) resultat.getEntry(DemandesCarteVitaleProcess.MOTIF_REVUE)).isEqualTo("Au moins trois déclarations en 12 mois pour ce bénéficiaire");
    }
  }

  @Test
  void une_adresse_d_envoi_changee_est_examinee() {
    var resultat = decider(1, true, 40, true);
    assertThat((Boolean) resultat.getEntry(DemandesCarteVitaleProcess.REVUE_NECESSAIRE)).isTrue();
    assertThat((String) resultat.getEntry(DemandesCarteVitaleProcess.MOTIF_REVUE)).isEqualTo("Adresse d'envoi différente de l'adresse du compte");
  }

  @ParameterizedTest(name = "{0} ans : examen {1}")
  @CsvSource({"11, true", "12, false"})
  void un_enfant_de_moins_de_douze_ans_demandant_sa_carte_est_examine(int age, boolean examen) {
    var resultat = decider(1, false, age, true);
    assertThat((Boolean) resultat.getEntry(DemandesCarteVitaleProcess.REVUE_NECESSAIRE)).isEqualTo(examen);
    if (examen) {
      assertThat((String) resultat.getEntry(DemandesCarteVitaleProcess.MOTIF_REVUE)).isEqualTo("Bénéficiaire de moins de 12 ans demandant sa propre carte");
    }
  }

  @Test
  void une_declaration_sans_carte_a_opposer_est_examinee() {
    var resultat = decider(1, false, 30, false);
    assertThat((Boolean) resultat.getEntry(DemandesCarteVitaleProcess.REVUE_NECESSAIRE)).isTrue();
    assertThat((String) resultat.getEntry(DemandesCarteVitaleProcess.MOTIF_REVUE)).isEqualTo("Aucune carte active à mettre en opposition pour ce bénéficiaire");
  }

  @Test
  void la_premiere_regle_qui_s_applique_donne_le_motif() {
    var resultat = decider(3, true, 8, false);
    assertThat((String) resultat.getEntry(DemandesCarteVitaleProcess.MOTIF_REVUE)).isEqualTo("Au moins trois déclarations en 12 mois pour ce bénéficiaire");
  }
}
