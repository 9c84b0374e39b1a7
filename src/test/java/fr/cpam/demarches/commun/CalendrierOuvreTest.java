package fr.cpam.demarches.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpam.demarches.HorlogeDeTest;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(HorlogeDeTest.class)
class CalendrierOuvreTest {

  private final CalendrierOuvre calendrier = new CalendrierOuvre(HorlogeDeTest.HORLOGE);

  @ParameterizedTest(name = "Pâques {0} : {1}")
  @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25", "2285, 2285-03-22"})
  void paques_est_calculee_pour_toute_annee(int annee, LocalDate attendue) {
    assertThat(calendrier.paques(annee)).isEqualTo(attendue);
  }

  @ParameterizedTest(name = "{0} : {1}")
  @CsvSource({
    "2026-04-06, Lundi de Pâques",
    "2026-05-14, Ascension",
    "2026-05-25, Lundi de Pentecôte",
    "2025-04-21, Lundi de Pâques",
    "2025-05-29, Ascension",
    "2025-06-09, Lundi de Pentecôte",
    "2026-07-14, Fête nationale",
    "2026-01-01, Jour de l'an",
    "2026-05-01, Fête du travail",
    "2026-05-08, Victoire 1945",
    "2026-08-15, Assomption",
    "2026-11-01, Toussaint",
    "2026-11-11, Armistice 1918",
    "2026-12-25, Noël"
  })
  void les_jours_feries_sont_chomes(LocalDate jour, String nom) {
    assertThat(calendrier.estFerie(jour)).isTrue();
    assertThat(calendrier.estOuvre(jour)).isFalse();
    assertThat(calendrier.feries(jour.getYear())).containsEntry(jour, nom);
  }

  @Test
  void une_annee_compte_onze_jours_feries() {
    assertThat(calendrier.feries(2027)).hasSize(11);
  }

  @Test
  void le_week_end_n_est_pas_ouvre_mais_le_vendredi_saint_l_est() {
    assertThat(calendrier.estOuvre(LocalDate.of(2026, 4, 4))).isFalse(); // samedi
    assertThat(calendrier.estOuvre(LocalDate.of(2026, 4, 5))).isFalse(); // dimanche de Pâques
    assertThat(calendrier.estOuvre(LocalDate.of(2026, 4, 3))).isTrue(); // vendredi saint, hors Alsace-Moselle
    assertThat(calendrier.estOuvre(LocalDate.of(2026, 7, 13))).isTrue();
  }

  @Test
  void deux_jours_ouvres_apres_le_vendredi_de_paques_tombent_le_mercredi() {
    // Vendredi 3 avril 2026, lundi 6 avril férié : mardi 7 (1), mercredi 8 (2).
    assertThat(calendrier.ajouterJoursOuvres(LocalDate.of(2026, 4, 3), 2)).isEqualTo(LocalDate.of(2026, 4, 8));
  }

  @Test
  void le_pont_du_14_juillet_decale_l_echeance() {
    // Jeudi 13 juillet 2028 ; vendredi 14 férié, week-end : lundi 17 (1), mardi 18 (2).
    assertThat(calendrier.ajouterJoursOuvres(LocalDate.of(2028, 7, 13), 2)).isEqualTo(LocalDate.of(2028, 7, 18));
  }

  @Test
  void le_pont_de_l_ascension_decale_l_echeance() {
    // Mercredi 13 mai 2026 ; jeudi 14 Ascension : vendredi 15 (1), lundi 18 (2).
    assertThat(calendrier.ajouterJoursOuvres(LocalDate.of(2026, 5, 13), 2)).isEqualTo(LocalDate.of(2026, 5, 18));
  }

  @Test
  void le_week_end_de_pentecote_decale_l_echeance() {
    // Vendredi 22 mai 2026 ; lundi 25 Pentecôte : mardi 26 (1), mercredi 27 (2).
    assertThat(calendrier.ajouterJoursOuvres(LocalDate.of(2026, 5, 22), 2)).isEqualTo(LocalDate.of(2026, 5, 27));
  }

  @Test
  void zero_jour_ouvre_donne_le_premier_jour_ouvre() {
    assertThat(calendrier.ajouterJoursOuvres(LocalDate.of(2026, 4, 4), 0)).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(calendrier.ajouterJoursOuvres(LocalDate.of(2026, 4, 7), 0)).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThatThrownBy(() -> calendrier.ajouterJoursOuvres(LocalDate.of(2026, 4, 7), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void l_echeance_garde_l_heure_du_message_a_paris() {
    ZonedDateTime vendredi = ZonedDateTime.of(2026, 4, 3, 15, 30, 0, 0, Fuseau.PARIS);
    assertThat(calendrier.echeance(vendredi, 2)).isEqualTo(ZonedDateTime.of(2026, 4, 8, 15, 30, 0, 0, Fuseau.PARIS));
  }

  @Test
  void l_echeance_des_expressions_bpmn_part_de_l_horloge_du_moteur() {
    HorlogeDeTest.regler(ZonedDateTime.of(2028, 7, 13, 10, 0, 0, 0, Fuseau.PARIS));
    assertThat(calendrier.echeance(2))
        .isEqualTo(Date.from(ZonedDateTime.of(2028, 7, 18, 10, 0, 0, 0, Fuseau.PARIS).toInstant()));
  }
}
