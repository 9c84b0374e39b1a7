package fr.cpam.demarches.commun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuiviDossiersTest {

  @Test
  void une_reference_est_de_la_demarche_qui_l_a_donnee_et_d_aucune_autre() {
    assertThat(SuiviDossiers.prefixee("ACT-2026-K7M2Q-X9P4T", "ACT")).isTrue();
    assertThat(SuiviDossiers.prefixee("CV-2026-K7M2Q-X9P4T", "CV")).isTrue();
    // A prefix that begins another is not it: "AC" is not "ACT", "C" is not "CV".
    assertThat(SuiviDossiers.prefixee("ACT-2026-K7M2Q-X9P4T", "AC")).isFalse();
    assertThat(SuiviDossiers.prefixee("CV-2026-K7M2Q-X9P4T", "C")).isFalse();
    assertThat(SuiviDossiers.prefixee("MS-2026-K7M2Q-X9P4T", "CV")).isFalse();
  }
}
