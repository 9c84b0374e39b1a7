package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import fr.cpam.demarches.accidenttiers.CreancesAccidentTiers.FraisSaisi;
import fr.cpam.demarches.accidenttiers.DecisionsAccidentTiers.Chiffrage;
import fr.cpam.demarches.accidenttiers.DecisionsAccidentTiers.Complement;
import fr.cpam.demarches.accidenttiers.DecisionsAccidentTiers.Desaccord;
import fr.cpam.demarches.accidenttiers.DecisionsAccidentTiers.Identification;
import fr.cpam.demarches.accidenttiers.DecisionsAccidentTiers.Qualification;
import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the RCT agents' answers and of the victim's complement, one by one, without the engine. */
class DecisionsAccidentTiersTest {

  private static final String REFERENCE = "ACT-2026-K7M2Q-X9P4T";
  private static final LocalDate ACCIDENT = LocalDate.of(2026, 10, 2);
  private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 12, 7);

  private final DossiersAccidentTiers dossiers = mock(DossiersAccidentTiers.class);
  private final CreancesAccidentTiers creances = mock(CreancesAccidentTiers.class);
  private final DecisionsAccidentTiers decisions = new DecisionsAccidentTiers(dossiers, creances, Clock.systemUTC());

  @Test
  void une_qualification_sans_choix_est_refusee_seule_avec_ce_qu_il_faut_choisir() {
    assertThat(erreurs(() -> DecisionsAccidentTiers.verifier(new Qualification(null, "pas une référence", null, null))))
        .extracting(ErreurChamp::champ).containsExactly(DECISION_QUALIFICATION);
    assertThat(erreurs(() -> DecisionsAccidentTiers.verifier(new Qualification("valider", null, null, null))))
        .extracting(ErreurChamp::champ).containsExactly(DECISION_QUALIFICATION);
  }

  @Test
  void demander_a_la_victime_exige_la_question_et_classer_exige_la_raison_qu_elle_lira() {
    assertThat(erreurs(() -> DecisionsAccidentTiers.verifier(new Qualification(COMPLEMENT, null, " ", null))))
        .containsExactly(new ErreurChamp(QUESTION_VICTIME, "Écrivez la question à poser à la victime."));
    assertThat(erreurs(() -> DecisionsAccidentTiers.verifier(new Qualification(CLASSER, null, null, null))))
        .extracting(ErreurChamp::champ).containsExactly(MOTIF);
    assertThat(erreurs(() -> DecisionsAccidentTiers.verifier(new Qualification(CLASSER, null, null, "x".repeat(2001)))))
        .extracting(ErreurChamp::message).singleElement().asString().contains("dépasse 2000 caractères (2001)");
    assertThat(DecisionsAccidentTiers.verifier(new Qualification(RECEVABLE, null, null, null))).isNull();
  }

  @Test
  void la_reference_d_arret_donnee_a_la_forme_d_un_dossier_d_indemnites_et_se_garde_en_capitales() {
    assertThat(erreurs(() -> DecisionsAccidentTiers.verifier(new Qualification(RECEVABLE, "IJ-2026", null, null))))
        .extracting(ErreurChamp::champ).containsExactly(REFERENCE_ARRET);
    String exemple = ValidationDeclaration.EXEMPLE_REFERENCE_ARRET;
    assertThat(DecisionsAccidentTiers.verifier(new Qualification(RECEVABLE, exemple.toLowerCase(), null, null))).isEqualTo(exemple);
  }

  @Test
  void seule_la_victime_complete_sa_declaration_et_rien_n_est_enregistre_sinon() {
    Complement complet = new Complement("Le responsable est mon voisin.", null, null, null, null);
    assertThat(erreurs(() -> decisions.completer(REFERENCE, complet, "1850475112345", "2900175112345")))
        .containsExactly(new ErreurChamp(REPONSE_VICTIME, "Seule la victime qui a déclaré l'accident peut compléter sa déclaration."));
    assertThat(erreurs(() -> decisions.completer(REFERENCE, new Complement(null, null, null, "c".repeat(200), null), "1850475112345",
        "1850475112345"))).extracting(ErreurChamp::champ).containsExactly(REPONSE_VICTIME, ASSUREUR_CONTRAT);
    verifyNoInteractions(dossiers);
    decisions.completer(REFERENCE, complet, "1850475112345", "1850475112345");
    verify(dossiers).complementRecu(REFERENCE, "Le responsable est mon voisin.", null, null, null, null);
  }

  @Test
  void un_assureur_identifie_a_un_nom_et_le_fonds_de_garantie_n_en_demande_pas() {
    assertThat(erreurs(() -> decisions.identifier(REFERENCE, new Identification(ASSUREUR, null, null, null), "agent.rct")))
        .extracting(ErreurChamp::champ).containsExactly(ASSUREUR_NOM);
    verify(dossiers, never()).assureurIdentifie(anyString(), anyString(), any(), anyString());
    decisions.identifier(REFERENCE, new Identification(ASSUREUR, " Assurances du Nord ", "C-123", null), "agent.rct");
    verify(dossiers).assureurIdentifie(REFERENCE, "Assurances du Nord", "C-123", "agent.rct");
    decisions.identifier(REFERENCE, new Identification(FONDS, null, null, null), "agent.rct");
    verify(dossiers).confierAuFonds(REFERENCE, "agent.rct");
  }

  @Test
  void un_chiffrage_dit_chaque_frais_mal_saisi_et_ne_notifie_pas_sans_rien_a_reclamer() {
    List<FraisSaisi> faux = List.of(new FraisSaisi(1, "indemnites-journalieres", "2026-09-30", "0"));
    assertThat(erreurs(() -> DecisionsAccidentTiers.verifier(new Chiffrage(NOTIFIER, faux, null), ACCIDENT, AUJOURDHUI, () -> false)))
        .extracting(ErreurChamp::champ).containsExactly(fraisNature(1), fraisDate(1), fraisMontant(1));
    assertThat(erreurs(() -> DecisionsAccidentTiers.verifier(new Chiffrage(NOTIFIER, List.of(), null), ACCIDENT, AUJOURDHUI, () -> false)))
        .extracting(ErreurChamp::champ).containsExactly(fraisNature(1));
    // Costs already in the claim (the arrêt's allowances) are enough to notify.
    DecisionsAccidentTiers.verifier(new Chiffrage(NOTIFIER, List.of(), null), ACCIDENT, AUJOURDHUI, () -> true);
    DecisionsAccidentTiers.verifier(
        new Chiffrage(NOTIFIER, List.of(new FraisSaisi(1, "pharmacie", "2026-10-03", "420,50")), null), ACCIDENT, AUJOURDHUI, () -> false);
    assertThat(erreurs(() -> DecisionsAccidentTiers.verifier(new Chiffrage(CLASSER, List.of(), " "), ACCIDENT, AUJOURDHUI, () -> false)))
        .extracting(ErreurChamp::champ).containsExactly(MOTIF);
  }

  @Test
  void notifier_c_est_envoyer_ou_revenir_au_chiffrage() {
    DecisionsAccidentTiers.notifier(ENVOYER);
    DecisionsAccidentTiers.notifier(CORRIGER);
    assertThat(erreurs(() -> DecisionsAccidentTiers.notifier(null))).extracting(ErreurChamp::champ).containsExactly(DECISION_NOTIFICATION);
  }

  @Test
  void un_montant_convenu_est_en_euros_positif_et_pas_au_dessus_de_ce_qui_est_reclame() {
    long reclame = 120_000;
    assertThat(DecisionsAccidentTiers.verifier(new Desaccord(NEGOCIER, "1 000,00", null), reclame)).isEqualTo(100_000L);
    assertThat(erreurs(() -> DecisionsAccidentTiers.verifier(new Desaccord(NEGOCIER, "mille", null), reclame)))
        .extracting(ErreurChamp::message).containsExactly("Le montant s'écrit en euros avec deux décimales au plus, par exemple 1 250,00.");
    assertThat(erreurs(() -> DecisionsAccidentTiers.verifier(new Desaccord(NEGOCIER, "1 500,00", null), reclame)))
        .extracting(ErreurChamp::message).singleElement().asString().startsWith("Le montant convenu dépasse les sommes réclamées (1");
    assertThat(erreurs(() -> DecisionsAccidentTiers.verifier(new Desaccord(ABANDONNER, null, null), reclame)))
        .extracting(ErreurChamp::champ).containsExactly(MOTIF);
    assertThat(DecisionsAccidentTiers.verifier(new Desaccord(CONTENTIEUX, "1 000,00", null), reclame)).isNull();
  }

  private static List<ErreurChamp> erreurs(Runnable appel) {
    DemandeInvalideException refus = catchThrowableOfType(appel::run, DemandeInvalideException.class);
    assertThat(refus).as("refusé").isNotNull();
    return refus.erreurs();
  }
}
