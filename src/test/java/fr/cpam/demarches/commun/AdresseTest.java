package fr.cpam.demarches.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdresseTest {

  @Test
  void une_adresse_complete_est_normalisee() {
    Adresse a = Adresse.de("adresse", "  3 place Bellecour ", " ", "69002", "Lyon ");
    assertThat(a.getLigne1()).isEqualTo("3 place Bellecour");
    assertThat(a.getLigne2()).isNull();
    assertThat(a.getCommune()).isEqualTo("LYON");
    assertThat(a.enUneLigne()).isEqualTo("3 place Bellecour, 69002 LYON");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|75001|Paris|adresse.ligne1|Indiquez le numéro et le nom de la voie.",
        "1 rue X|7500|Paris|adresse.codePostal|5 chiffres",
        "1 rue X|00100|Paris|adresse.codePostal|ne correspond à aucun département",
        "1 rue X|97800|Paris|adresse.codePostal|ne correspond à aucun département",
        "1 rue X|97400|''|adresse.commune|Indiquez la commune.",
        "123456789 123456789 123456789 123456789|75001|Paris|adresse.ligne1|dépasse 38 caractères"
      })
  void une_adresse_incomplete_dit_quel_champ_corriger(
      String ligne1, String codePostal, String commune, String champ, String message) {
    assertThatThrownBy(() -> Adresse.de("adresse", ligne1, null, codePostal, commune))
        .isInstanceOf(DemandeInvalideException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((DemandeInvalideException) e).champ())
        .isEqualTo(champ);
  }

  @Test
  void la_corse_et_l_outre_mer_sont_des_codes_postaux_francais() {
    assertThat(Adresse.verifier("a", "1 cours Napoléon", null, "20000", "Ajaccio")).isEmpty();
    assertThat(Adresse.verifier("a", "1 rue de Paris", null, "97400", "Saint-Denis")).isEmpty();
  }
}
