package fr.cpam.demarches.commun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MasquageNirConverterTest {

  @ParameterizedTest
  @ValueSource(strings = {"285047511234560", "2 85 04 75 112 345 60", "2850475112345", "253072A07300443"})
  void un_nir_ou_un_identifiant_de_citoyen_est_masque(String nir) {
    String ligne = MasquageNirConverter.masquer("Utilisateur " + nir + " bloqué");
    assertThat(ligne).doesNotContain(nir).contains("** ** *** *** **").startsWith("Utilisateur ").endsWith(" bloqué");
  }

  @Test
  void les_autres_nombres_restent_lisibles() {
    assertThat(MasquageNirConverter.masquer("Dossier CV-2026-000123, 14 jours, carte 1208451937"))
        .isEqualTo("Dossier CV-2026-000123, 14 jours, carte 1208451937");
  }
}
