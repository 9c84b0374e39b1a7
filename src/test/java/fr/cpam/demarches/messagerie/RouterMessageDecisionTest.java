package fr.cpam.demarches.messagerie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.engine.Groupes;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The routing table of the messagerie, row by row, on the DMN engine alone (no Spring context). */
class RouterMessageDecisionTest {

  private static DmnDecision service;
  private static DmnDecision delai;
  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  @BeforeAll
  static void charger() throws Exception {
    try (InputStream dmn = RouterMessageDecisionTest.class.getResourceAsStream("/processes/RouterMessage.dmn")) {
      List<DmnDecision> decisions = DMN.parseDecisions(dmn);
      service = decisions.stream().filter(d -> d.getKey().equals(MessageAssureProcess.DECISION_SERVICE)).findFirst().orElseThrow();
      delai = decisions.stream().filter(d -> d.getKey().equals(MessageAssureProcess.DECISION_DELAI)).findFirst().orElseThrow();
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "DROITS_DEMARCHES, gestion-droits",
    "REMBOURSEMENTS, accueil",
    "ARRET_TRAVAIL, prestations-especes",
    "CARTE_VITALE, gestion-droits",
    "INFORMATIONS_PERSONNELLES, gestion-droits",
    "COMPLEMENTAIRE_SANTE_SOLIDAIRE, gestion-droits",
    "MATERNITE_PATERNITE, prestations-especes",
    "ACCIDENT_TIERS, rct",
    "COMPTE_AMELI, accueil",
    "AUTRE, accueil"
  })
  void chaque_motif_va_a_son_service(String motif, String groupe) {
    DmnDecisionTableResult resultat = DMN.evaluateDecisionTable(service, Map.of("motif", motif));
    assertThat(resultat).hasSize(1);
    assertThat((String) resultat.getSingleEntry()).isEqualTo(groupe);
    assertThat(Groupes.SERVICES).contains(groupe);
  }

  @ParameterizedTest(name = "{0} ({1}) → {2} jours ouvrés")
  @CsvSource({
    "DROITS_DEMARCHES, question, 2",
    "REMBOURSEMENTS, signalement, 2",
    "ARRET_TRAVAIL, question, 2",
    "CARTE_VITALE, question, 2",
    "INFORMATIONS_PERSONNELLES, signalement, 2",
    "COMPLEMENTAIRE_SANTE_SOLIDAIRE, question, 2",
    "MATERNITE_PATERNITE, question, 2",
    "ACCIDENT_TIERS, signalement, 2",
    "COMPTE_AMELI, question, 1",
    "AUTRE, question, 2",
    "ARRET_TRAVAIL, reclamation, 5",
    "COMPTE_AMELI, reclamation, 5"
  })
  void chaque_motif_et_type_a_son_delai_de_reponse(String motif, String type, int jours) {
    DmnDecisionTableResult resultat = DMN.evaluateDecisionTable(delai, Map.of("motif", motif, "type", type));
    assertThat(resultat).hasSize(1);
    assertThat(((Number) resultat.getSingleEntry()).intValue()).isEqualTo(jours);
  }

  @ParameterizedTest
  @EnumSource(Motif.class)
  void aucun_motif_n_est_oublie_par_les_tables(Motif motif) {
    for (TypeMessage type : TypeMessage.values()) {
      assertThat((Object) DMN.evaluateDecisionTable(service, Map.of("motif", motif.name())).getSingleEntry()).isNotNull();
      assertThat((Object) DMN.evaluateDecisionTable(delai, Map.of("motif", motif.name(), "type", type.code())).getSingleEntry()).isNotNull();
    }
  }

  @Test
  void chaque_ligne_des_tables_sert() {
    assertThat(Arrays.stream(Motif.values()).count() + 1).isEqualTo(11); // 10 motifs + la ligne des réclamations
    assertThat(((org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) delai.getDecisionLogic()).getRules()).hasSize(11);
    assertThat(((org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) service.getDecisionLogic()).getRules()).hasSize(10);
  }
}
