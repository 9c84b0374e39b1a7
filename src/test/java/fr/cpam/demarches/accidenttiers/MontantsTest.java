package fr.cpam.demarches.accidenttiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts in cents and the dated scale of the management fee (no Spring). */
class MontantsTest {

  static final BaremeForfaitGestion BAREME = new BaremeForfaitGestion(List.of(
      new BaremeForfaitGestion.Ligne(LocalDate.of(2013, 1, 1), new BigDecimal("101.00"), new BigDecimal("1015.00")),
      new BaremeForfaitGestion.Ligne(LocalDate.of(2025, 1, 1), new BigDecimal("121.00"), new BigDecimal("1212.00"))));

  @ParameterizedTest(name = "« {0} » → {1} centimes")
  @CsvSource(delimiter = ';', value = {"420,50;42050", "420.5;42050", "1 234,56;123456", "80;8000", "0,01;1", "12 345 €;1234500"})
  void un_montant_saisi_est_lu_en_centimes_sans_virgule_flottante(String saisie, long centimes) {
    assertThat(Montants.lire(saisie)).contains(centimes);
  }

  @ParameterizedTest(name = "« {0} » refusé")
  @CsvSource(delimiter = ';', value = {"12.345", "-3", "abc", "1e3", "''"})
  void un_texte_qui_n_est_pas_un_montant_en_euros_est_refuse(String saisie) {
    assertThat(Montants.lire(saisie)).isEmpty();
  }

  @Test
  void un_montant_en_centimes_s_ecrit_a_la_francaise() {
    assertThat(Montants.enClair(123456)).isEqualTo("1 234,56 €");
    assertThat(Montants.centimes(new BigDecimal("394.56"))).isEqualTo(39456);
  }

  @Test
  void le_forfait_est_un_tiers_des_sommes_arrondi_au_centime() {
    var forfait = BAREME.calculer(173570, LocalDate.of(2026, 4, 23));
    assertThat(forfait.montant()).isEqualTo(57857);
    assertThat(forfait.baremeDepuis()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(forfait.explication()).contains("un tiers des sommes réclamées (578,57 €)");
  }

  @Test
  void le_forfait_est_porte_au_minimum_ou_ramene_au_maximum_de_la_ligne_en_vigueur_le_jour_de_l_envoi() {
    assertThat(BAREME.calculer(20000, LocalDate.of(2026, 1, 1)).montant()).isEqualTo(12100);
    assertThat(BAREME.calculer(20000, LocalDate.of(2024, 12, 31)).montant()).as("ligne de 2013").isEqualTo(10100);
    var plafonne = BAREME.calculer(10_000_000, LocalDate.of(2026, 1, 1));
    assertThat(plafonne.montant()).isEqualTo(121200);
    assertThat(plafonne.explication()).contains("ramené au maximum de 1 212,00 €");
    assertThat(BAREME.calculer(10_000_000, LocalDate.of(2020, 6, 1)).montant()).isEqualTo(101500);
  }
}
