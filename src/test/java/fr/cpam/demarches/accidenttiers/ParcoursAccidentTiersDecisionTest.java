package fr.cpam.demarches.accidenttiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row of Decision_ParcoursAccidentTiers, with the DMN engine alone (no Spring, no database). */
class ParcoursAccidentTiersDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void chargerLaTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = ParcoursAccidentTiersDecisionTest.class.getResourceAsStream("/processes/ParcoursAccidentTiers.dmn")) {
      decision = dmn.parseDecision(AccidentTiersProcess.DECISION_PARCOURS, table);
    }
  }

  private static DmnDecisionRuleResult decider(String nature, boolean tiers, boolean assureur, boolean pv, boolean arret) {
    Map<String, Object> entrees = new HashMap<>();
    entrees.put(AccidentTiersProcess.NATURE, nature);
    entrees.put(AccidentTiersProcess.TIERS_CONNU, tiers);
    entrees.put(AccidentTiersProcess.ASSUREUR_CONNU, assureur);
    entrees.put(AccidentTiersProcess.PV_OU_PLAINTE, pv);
    entrees.put(AccidentTiersProcess.ARRET_TRAVAIL, arret);
    return dmn.evaluateDecisionTable(decision, entrees).getSingleResult();
  }

  @ParameterizedTest(name = "ligne {0} : {1}, tiers {2}, assureur {3}, PV {4}, arrêt {5} → {6} / {7} / {8}")
  @CsvSource({
    // row, nature, tiers connu, assureur connu, procès-verbal, arrêt → parcours, payeur, priorité
    "AssureurConnuArret,   circulation,    true,  true,  false, true,  ASSUREUR,            ASSUREUR_TIERS, 70",
    "AssureurConnu,        morsure-animal, true,  true,  false, false, ASSUREUR,            ASSUREUR_TIERS, 50",
    "AssureurInconnuArret, sport-loisir,   true,  false, true,  true,  IDENTIFIER_ASSUREUR, ASSUREUR_TIERS, 70",
    "AssureurInconnu,      agression,      true,  false, false, false, IDENTIFIER_ASSUREUR, ASSUREUR_TIERS, 50",
    "DelitDeFuiteArret,    circulation,    false, false, true,  true,  FONDS_GARANTIE,      FGAO,           70",
    "DelitDeFuite,         circulation,    false, false, true,  false, FONDS_GARANTIE,      FGAO,           50",
    "InfractionArret,      agression,      false, false, true,  true,  FONDS_GARANTIE,      FGTI,           70",
    "Infraction,           chute-voie-publique, false, false, true, false, FONDS_GARANTIE,  FGTI,           50",
    "SansTiersNiPlainte,   circulation,    false, false, false, true,  A_COMPLETER,         ,               50",
  })
  void chaque_ligne_de_la_table_donne_son_parcours(
      String ligne, String nature, boolean tiers, boolean assureur, boolean pv, boolean arret, String parcours, String payeur,
      int priorite) {
    var resultat = decider(nature, tiers, assureur, pv, arret);
    assertThat((String) resultat.getEntry(AccidentTiersProcess.PARCOURS)).as(ligne).isEqualTo(parcours);
    assertThat((String) resultat.getEntry(AccidentTiersProcess.PAYEUR)).as(ligne).isEqualTo(payeur);
    assertThat(((Number) resultat.getEntry(AccidentTiersProcess.PRIORITE)).intValue()).as(ligne).isEqualTo(priorite);
  }

  @Test
  void une_route_connue_passe_directement_a_l_assureur_et_un_auteur_inconnu_avec_plainte_au_fonds_de_garantie() {
    assertThat((String) decider("circulation", true, true, true, false).getEntry(AccidentTiersProcess.PARCOURS)).isEqualTo("ASSUREUR");
    assertThat((String) decider("agression", false, false, true, false).getEntry(AccidentTiersProcess.PAYEUR)).isEqualTo("FGTI");
  }

  /** UNIQUE: every combination of the inputs matches exactly one row (the engine fails otherwise). */
  @Test
  void chaque_declaration_possible_trouve_exactement_une_ligne() {
    List<String> parcours = new ArrayList<>();
    for (NatureAccident nature : NatureAccident.values()) {
      for (boolean tiers : new boolean[] {true, false}) {
        for (boolean assureur : new boolean[] {true, false}) {
          for (boolean pv : new boolean[] {true, false}) {
            for (boolean arret : new boolean[] {true, false}) {
              parcours.add((String) decider(nature.code(), tiers, assureur, pv, arret).getEntry(AccidentTiersProcess.PARCOURS));
            }
          }
        }
      }
    }
    assertThat(parcours).hasSize(NatureAccident.values().length * 16).doesNotContainNull();
    assertThat(parcours).allMatch(p -> List.of("ASSUREUR", "IDENTIFIER_ASSUREUR", "FONDS_GARANTIE", "A_COMPLETER").contains(p));
  }
}
