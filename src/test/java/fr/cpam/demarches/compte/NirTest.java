package fr.cpam.demarches.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpam.demarches.commun.DemandeInvalideException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NirTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "2 95 10 99 126 111 93", "2 85 04 75 112 345 60", "1 78 01 69 123 456 29", "2 92 02 13 055 123 90",
      "295109912611193", "2 85 07 2A 073 004 27", "2 85 07 2B 073 004 54", "2 53 07 20 073 004 16",
      "1 85 05 97 112 034 37", "2 85 10 98 805 012 30"})
  void les_nir_du_domaine_sont_valides(String saisie) {
    assertThat(Nir.valider(saisie)).isEmpty();
    assertThat(Nir.de(saisie).valeur()).hasSize(15).doesNotContain(" ");
  }

  @Test
  void la_corse_s_ecrit_en_majuscules_et_garde_ses_lettres() {
    Nir nir = Nir.de("2 85 07 2a 073 004 27");
    assertThat(nir.valeur()).isEqualTo("285072A07300427");
    assertThat(nir.formate()).isEqualTo("2 85 07 2A 073 004 27");
    assertThat(nir.identifiant()).isEqualTo("285072A073004");
  }

  @Test
  void corse_2A_et_2B_n_ont_pas_la_meme_cle() {
    assertThat(Nir.valider("2 85 07 2A 073 004 54")).get().asString().contains("clé");
    assertThat(Nir.valider("2 85 07 2B 073 004 27")).get().asString().contains("clé");
  }

  @Test
  void la_cle_se_deduit_de_l_identifiant_de_connexion() {
    assertThat(Nir.depuisIdentifiant("2850475112345").valeur()).isEqualTo("285047511234560");
    assertThat(Nir.depuisIdentifiant("285072B073004").valeur()).isEqualTo("285072B07300454");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2 95 10 99 126 111 94|La clé du numéro de sécurité sociale ne correspond pas",
        "2 95 10 99 126 111|vous en avez saisi 13",
        "2 95 10 99 126 111 933|vous en avez saisi 16",
        "2 95 1O 99 126 111 93|ne contient que des chiffres",
        "2 95 10 2C 126 111 93|2A ou 2B pour la Corse",
        "3 95 10 99 126 111 93|commence par 1 (homme) ou 2 (femme)",
        "2 95 13 99 126 111 93|Le mois de naissance",
        "' '|Indiquez le numéro de sécurité sociale",
        "2 85 07 00 073 004 55|Le département de naissance (6e et 7e caractères, « 00 ») n'existe pas",
        "2 85 07 96 073 004 82|Le département de naissance (6e et 7e caractères, « 96 ») n'existe pas",
        "2 85 07 20 073 004 97|« 20 ») ne s'emploie que pour les personnes nées en Corse avant 1976 : pour une naissance en 1985, indiquez 2A",
        "2 05 07 20 073 004 40|pour une naissance en 2005, indiquez 2A (Corse-du-Sud) ou 2B (Haute-Corse)",
        "2 53 07 2B 073 004 70|« 2B ») ne s'emploie que pour les personnes nées en Corse depuis 1976 : pour une naissance en 1953, le département est 20",
        "2 53 07 2A 073 004 43|« 2A ») ne s'emploie que pour les personnes nées en Corse depuis 1976"
      })
  void une_saisie_fausse_dit_en_francais_ce_qui_ne_va_pas(String saisie, String message) {
    assertThat(Nir.valider(saisie)).get().asString().contains(message);
    assertThatThrownBy(() -> Nir.de("beneficiaire", saisie))
        .isInstanceOf(DemandeInvalideException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((DemandeInvalideException) e).champ())
        .isEqualTo("beneficiaire");
  }

  @Test
  void l_annee_a_deux_chiffres_est_de_ce_siecle_jusqu_a_cette_annee_du_siecle_dernier_ensuite() {
    int cetteAnnee = java.time.Year.now(fr.cpam.demarches.commun.Fuseau.PARIS).getValue();
    assertThat(Nir.anneeDeNaissance(cetteAnnee % 100)).isEqualTo(cetteAnnee);
    assertThat(Nir.anneeDeNaissance((cetteAnnee + 1) % 100)).isEqualTo(cetteAnnee + 1 - 100);
    assertThat(Nir.anneeDeNaissance(75)).isEqualTo(1975);
    assertThat(Nir.anneeDeNaissance(5)).isEqualTo(2005);
  }

  @Test
  void un_nir_ne_s_ecrit_jamais_en_entier_dans_un_journal() {
    assertThat(Nir.de("2 85 04 75 112 345 60").toString()).isEqualTo("2 85 ** ** *** *** **");
  }
}
