package fr.cpam.demarches.indemnites;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.indemnites.CalculIndemnites.ArretAnterieur;
import fr.cpam.demarches.indemnites.CalculIndemnites.MontantJournalier;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The calculation against cases checked by hand, with the real barèmes of indemnites.yml.
 * Each expected figure is worked out in the comment above it.
 */
class CalculIndemnitesTest {

  static BaremesIndemnites baremes() {
    try {
      StandardEnvironment environnement = new StandardEnvironment();
      new YamlPropertySourceLoader()
          .load("indemnites", new ClassPathResource("indemnites.yml"))
          .forEach(environnement.getPropertySources()::addLast);
      return new Binder(ConfigurationPropertySources.get(environnement))
          .bind("indemnites.baremes", BaremesIndemnites.class)
          .get();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private final CalculIndemnites calcul = new CalculIndemnites(baremes());

  private static List<BigDecimal> salaires(String... montants) {
    return java.util.Arrays.stream(montants).map(BigDecimal::new).toList();
  }

  private static BigDecimal euros(String montant) {
    return new BigDecimal(montant);
  }

  @Test
  void exemple_du_domaine_2000_euros_donne_65_75_de_base_et_32_88_par_jour() {
    // 6 000 ÷ 91.25 = 65.7534… → 65.75 ; ÷ 2 = 32.8767… → 32.88 ; CSG 32.88 × 6.2 % = 2.038… → 2.04 ;
    // CRDS 32.88 × 0.5 % = 0.1644 → 0.16 ; net 32.88 − 2.04 − 0.16 = 30.68.
    MontantJournalier m = calcul.montantJournalier(LocalDate.of(2026, 3, 10), salaires("2000", "2000", "2000"));
    assertThat(m.salaireJournalierBase()).isEqualTo(euros("65.75"));
    assertThat(m.montantJournalierBrut()).isEqualTo(euros("32.88"));
    assertThat(m.csg()).isEqualTo(euros("2.04"));
    assertThat(m.crds()).isEqualTo(euros("0.16"));
    assertThat(m.montantJournalierNet()).isEqualTo(euros("30.68"));
    assertThat(m.plafonne()).isFalse();
  }

  @Test
  void exemple_du_domaine_4000_euros_est_plafonne_a_41_95_avec_le_smic_2026() {
    // Plafond 1.4 × 1 823.03 = 2 552.242 ; × 3 = 7 656.726 ; ÷ 91.25 = 83.9093… → 83.91 ;
    // ÷ 2 = 41.9546… → 41.95 (et non 41.96 : l'indemnité part de la base non arrondie).
    MontantJournalier m = calcul.montantJournalier(LocalDate.of(2026, 3, 10), salaires("4000", "4000", "4000"));
    assertThat(m.salaireJournalierBase()).isEqualTo(euros("83.91"));
    assertThat(m.montantJournalierBrut()).isEqualTo(euros("41.95"));
    assertThat(m.plafonne()).isTrue();
    assertThat(m.plafondMensuel()).isEqualTo(euros("2552.24"));
  }

  @Test
  void le_plafond_passe_de_1_8_a_1_4_smic_pour_les_arrets_du_1er_avril_2025() {
    // 31/03/2025 : SMIC de fin février 2025 = 1 801.80 ; 1.8 × 1 801.80 = 3 243.24 ; × 3 = 9 729.72 ;
    // ÷ 91.25 = 106.6270… → 106.63 ; ÷ 2 = 53.3135… → 53.31.
    MontantJournalier avant = calcul.montantJournalier(LocalDate.of(2025, 3, 31), salaires("4000", "4000", "4000"));
    assertThat(avant.salaireJournalierBase()).isEqualTo(euros("106.63"));
    assertThat(avant.montantJournalierBrut()).isEqualTo(euros("53.31"));
    assertThat(avant.plafonne()).isTrue();
    // 01/04/2025 : 1.4 × 1 801.80 = 2 522.52 ; × 3 = 7 567.56 ; ÷ 91.25 = 82.9321… ; ÷ 2 = 41.466… → 41.47.
    MontantJournalier apres = calcul.montantJournalier(LocalDate.of(2025, 4, 1), salaires("4000", "4000", "4000"));
    assertThat(apres.salaireJournalierBase()).isEqualTo(euros("82.93"));
    assertThat(apres.montantJournalierBrut()).isEqualTo(euros("41.47"));
  }

  @Test
  void un_salaire_de_3000_est_plafonne_apres_avril_2025_mais_pas_avant() {
    assertThat(calcul.montantJournalier(LocalDate.of(2025, 3, 15), salaires("3000", "3000", "3000")).plafonne()).isFalse();
    // Avant : 9 000 ÷ 91.25 = 98.6301… ; ÷ 2 = 49.315… → 49.32.
    assertThat(calcul.montantJournalier(LocalDate.of(2025, 3, 15), salaires("3000", "3000", "3000")).montantJournalierBrut())
        .isEqualTo(euros("49.32"));
    assertThat(calcul.montantJournalier(LocalDate.of(2025, 4, 15), salaires("3000", "3000", "3000")).plafonne()).isTrue();
  }

  @Test
  void le_smic_retenu_est_celui_de_la_fin_du_mois_precedant_l_arret() {
    // Arrêt du 10/01/2026 : fin décembre 2025, SMIC 1 801.80 → maximum 41.47.
    MontantJournalier janvier = calcul.montantJournalier(LocalDate.of(2026, 1, 10), salaires("4000", "4000", "4000"));
    assertThat(janvier.smicMensuel()).isEqualTo(euros("1801.80"));
    assertThat(janvier.montantJournalierBrut()).isEqualTo(euros("41.47"));
    // Arrêt du 01/01/2026 : fin décembre 2025 aussi.
    assertThat(calcul.montantJournalier(LocalDate.of(2026, 1, 1), salaires("4000", "4000", "4000")).montantJournalierBrut())
        .isEqualTo(euros("41.47"));
    // Arrêt du 01/02/2026 : fin janvier 2026, SMIC 1 823.03 → maximum 41.95.
    MontantJournalier fevrier = calcul.montantJournalier(LocalDate.of(2026, 2, 1), salaires("4000", "4000", "4000"));
    assertThat(fevrier.smicMensuel()).isEqualTo(euros("1823.03"));
    assertThat(fevrier.montantJournalierBrut()).isEqualTo(euros("41.95"));
  }

  @Test
  void chaque_salaire_est_plafonne_separement() {
    // 1 000 + 2 552.242 + 2 000 = 5 552.242 ; ÷ 91.25 = 60.8464… → 60.85 ; ÷ 2 = 30.4232… → 30.42.
    MontantJournalier m = calcul.montantJournalier(LocalDate.of(2026, 3, 10), salaires("1000", "5000", "2000"));
    assertThat(m.salaireJournalierBase()).isEqualTo(euros("60.85"));
    assertThat(m.montantJournalierBrut()).isEqualTo(euros("30.42"));
    assertThat(m.plafonne()).isTrue();
  }

  @Test
  void l_arrondi_se_fait_au_centime_le_plus_proche_demi_centime_vers_le_haut() {
    // 1 825.04 × 3 = 5 475.12 ; ÷ 91.25 = 60.0013… → 60.00 ; ÷ 2 = 30.0006… → 30.00.
    assertThat(calcul.montantJournalier(LocalDate.of(2026, 3, 10), salaires("1825.04", "1825.04", "1825.04")).montantJournalierBrut())
        .isEqualTo(euros("30.00"));
    // 91.25 × 2 × 10.005 = 1 825.9125 au total : base 20.01 exactement, indemnité 10.005 → 10.01.
    assertThat(calcul.montantJournalier(LocalDate.of(2026, 3, 10), salaires("608.6375", "608.6375", "608.6375")).montantJournalierBrut())
        .isEqualTo(euros("10.01"));
    // Période de 14 jours à 32.88 : brut 460.32 ; CSG 28.539… → 28.54 ; CRDS 2.3016 → 2.30 ; net 429.48.
    CalculIndemnites.MontantPeriode periode = calcul.montantPeriode(euros("32.88"), 14, LocalDate.of(2026, 3, 13));
    assertThat(periode.brut()).isEqualTo(euros("460.32"));
    assertThat(periode.csg()).isEqualTo(euros("28.54"));
    assertThat(periode.crds()).isEqualTo(euros("2.30"));
    assertThat(periode.retenues()).isEqualTo(euros("30.84"));
    assertThat(periode.net()).isEqualTo(euros("429.48"));
  }

  @Test
  void carence_de_3_jours_les_indemnites_commencent_au_4e_jour() {
    CalculIndemnites.Carence carence = calcul.carence(LocalDate.of(2026, 3, 10), false, List.of());
    assertThat(carence.jours()).isEqualTo(3);
    assertThat(carence.premierJourIndemnise(LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 3, 13));
  }

  @Test
  void pas_de_carence_pour_un_nouvel_arret_moins_de_48_heures_apres_la_reprise() {
    // Arrêt précédent jusqu'au 28/02 ; reprise le 01/03 ; deux jours travaillés (01 et 02/03), nouvel arrêt le 03/03.
    List<ArretAnterieur> avant = List.of(new ArretAnterieur(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 28), false, 3));
    assertThat(calcul.carence(LocalDate.of(2026, 3, 3), false, avant).jours()).isZero();
    // Trois jours travaillés : la carence s'applique de nouveau.
    assertThat(calcul.carence(LocalDate.of(2026, 3, 4), false, avant).jours()).isEqualTo(3);
  }

  @Test
  void en_ald_la_carence_ne_s_applique_qu_une_fois_par_periode_de_3_ans() {
    List<ArretAnterieur> ald = List.of(new ArretAnterieur(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), true, 3));
    assertThat(calcul.carence(LocalDate.of(2026, 3, 10), true, ald).jours()).isZero();
    // Le même arrêt ALD ne dispense pas un arrêt sans lien avec l'ALD.
    assertThat(calcul.carence(LocalDate.of(2026, 3, 10), false, ald).jours()).isEqualTo(3);
    // Plus de 3 ans après : nouvelle carence.
    assertThat(calcul.carence(LocalDate.of(2027, 6, 2), true, ald).jours()).isEqualTo(3);
    // Premier arrêt ALD : carence.
    assertThat(calcul.carence(LocalDate.of(2026, 3, 10), true, List.of()).jours()).isEqualTo(3);
  }

  @Test
  void au_plus_360_indemnites_sur_3_ans_hors_ald() {
    // 355 jours déjà indemnisés du 01/01/2025 au 21/12/2025 : sur une période de 14 jours en mars 2026,
    // seuls 5 jours restent indemnisables.
    List<LocalDate> deja = new ArrayList<>();
    for (LocalDate j = LocalDate.of(2025, 1, 1); deja.size() < 355; j = j.plusDays(1)) {
      deja.add(j);
    }
    List<LocalDate> jours = calcul.joursIndemnisables(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 26), false, deja);
    assertThat(jours).containsExactly(
        LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 15),
        LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 17));
    // En ALD, la limite ne s'applique pas.
    assertThat(calcul.joursIndemnisables(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 26), true, deja)).hasSize(14);
  }

  @Test
  void la_periode_de_3_ans_glisse_de_date_a_date() {
    // 360 jours indemnisés du 01/01/2023 au 26/12/2023 : le 01/01/2026, la fenêtre commence le
    // 02/01/2023 et n'en contient plus que 359 : un jour redevient indemnisable, puis un par jour.
    List<LocalDate> deja = new ArrayList<>();
    for (LocalDate j = LocalDate.of(2023, 1, 1); deja.size() < 360; j = j.plusDays(1)) {
      deja.add(j);
    }
    assertThat(calcul.joursIndemnisables(LocalDate.of(2025, 12, 20), LocalDate.of(2025, 12, 31), false, deja)).isEmpty();
    assertThat(calcul.joursIndemnisables(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3), false, deja))
        .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3));
  }

  @Test
  void les_arrets_anterieurs_aux_baremes_connus_sont_refuses_avec_le_champ() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> baremes().verifierCalculable("dateDebutArret", LocalDate.of(2023, 5, 31)))
        .isInstanceOf(fr.cpam.demarches.commun.DemandeInvalideException.class)
        .hasMessageContaining("01/06/2023");
    baremes().verifierCalculable("dateDebutArret", LocalDate.of(2023, 6, 1));
  }
}
