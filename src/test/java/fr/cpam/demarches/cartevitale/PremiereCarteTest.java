package fr.cpam.demarches.cartevitale;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.cartevitale.interne.CarteVitale;
import fr.cpam.demarches.cartevitale.interne.DossierCarteVitale;
import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.Beneficiaire;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.compte.Qualite;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first-card rule, once for every caller: 12 years, no active card, no démarche under way (no Spring). */
class PremiereCarteTest {

  static final LocalDate AUJOURDHUI = LocalDate.of(2026, 3, 20);
  static final Clock HORLOGE = Clock.fixed(AUJOURDHUI.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));
  static final Nir CLAIRE = Nir.de("2 85 04 75 112 345 60");
  static final Nir LEA = Nir.depuisIdentifiant("2111275120044");

  /** Léa, born on {@code naissance}, on Claire's account. */
  static Beneficiaire lea(LocalDate naissance) {
    return new Beneficiaire(LEA, "DUBOIS", "Léa", naissance, Qualite.ENFANT, CLAIRE);
  }

  static final Beneficiaire DOUZE_ANS_AUJOURDHUI = lea(AUJOURDHUI.minusYears(12));
  static final Beneficiaire ONZE_ANS_LA_VEILLE_DE_SES_DOUZE = lea(AUJOURDHUI.minusYears(12).plusDays(1));

  static Optional<CarteVitale> carteActive() {
    return Optional.of(new CarteVitale("1311760284", LEA, StatutCarteVitale.ACTIVE, AUJOURDHUI.minusYears(1), HORLOGE));
  }

  static Optional<DossierCarteVitale> dossierEnCours() {
    return Optional.of(new DossierCarteVitale("CV-2026-000042", NatureDossier.COMMANDE, CLAIRE, DOUZE_ANS_AUJOURDHUI, null, false,
        Adresse.de("adresse", "12 rue des Lilas", null, "75020", "Paris"), false, HORLOGE));
  }

  @Test
  void a_douze_ans_sans_carte_ni_demarche_une_premiere_carte_peut_etre_commandee() {
    assertThat(PremiereCarte.refus(DOUZE_ANS_AUJOURDHUI, AUJOURDHUI, Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void a_onze_ans_la_veille_de_ses_douze_ans_l_enfant_reste_sur_la_carte_de_ses_parents() {
    var refus = PremiereCarte.refus(ONZE_ANS_LA_VEILLE_DE_SES_DOUZE, AUJOURDHUI, Optional.empty(), Optional.empty()).orElseThrow();
    assertThat(refus.motif()).isEqualTo(PremiereCarte.Motif.TROP_JEUNE);
    assertThat(refus.message()).isEqualTo("Léa DUBOIS a moins de 12 ans : jusqu'à cet âge, un enfant figure sur la carte Vitale"
        + " de ses parents et n'a pas de carte personnelle.");
    assertThat(refus.enBref()).isEqualTo("11 ans ; avant 12 ans, un enfant figure sur la carte Vitale de ses parents.");
  }

  @Test
  void l_age_passe_avant_la_carte_et_la_demarche() {
    assertThat(PremiereCarte.refus(ONZE_ANS_LA_VEILLE_DE_SES_DOUZE, AUJOURDHUI, carteActive(), dossierEnCours()).orElseThrow().motif())
        .isEqualTo(PremiereCarte.Motif.TROP_JEUNE);
  }

  @Test
  void une_carte_active_interdit_une_premiere_carte_et_dit_quoi_faire_a_la_place() {
    var refus = PremiereCarte.refus(DOUZE_ANS_AUJOURDHUI, AUJOURDHUI, carteActive(), Optional.empty()).orElseThrow();
    assertThat(refus.motif()).isEqualTo(PremiereCarte.Motif.CARTE_ACTIVE);
    assertThat(refus.message()).startsWith("Léa DUBOIS a déjà une carte Vitale active (n° 1311760284)")
        .contains("« Déclarer la perte ou le vol de la carte Vitale »");
    assertThat(refus.enBref()).startsWith("a déjà une carte Vitale active");
  }

  @Test
  void une_demarche_en_cours_interdit_une_seconde_demarche_et_se_dit_avant_la_carte() {
    var refus = PremiereCarte.refus(DOUZE_ANS_AUJOURDHUI, AUJOURDHUI, carteActive(), dossierEnCours()).orElseThrow();
    assertThat(refus.motif()).isEqualTo(PremiereCarte.Motif.DEMARCHE_EN_COURS);
    assertThat(refus.message()).startsWith("Une démarche de carte Vitale est déjà en cours pour Léa DUBOIS (dossier CV-2026-000042");
    assertThat(refus.enBref()).isEqualTo("une démarche de carte Vitale est en cours (dossier CV-2026-000042).");
  }
}
