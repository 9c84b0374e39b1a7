package fr.cpam.demarches.cartevitale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import org.junit.jupiter.api.Test;

/** The agent's decision on a carte Vitale dossier: accept, or refuse with a reason the citizen reads (no Spring). */
class DecisionAgentTest {

  @Test
  void accepter_n_a_pas_de_motif() {
    assertThat(DecisionAgent.depuis("accepter", "un reste de saisie")).isEqualTo(new DecisionAgent(true, null));
  }

  @Test
  void sans_decision_l_agent_doit_choisir() {
    assertThat(refus(null, null)).isEqualTo(new ErreurChamp("decision", "Choisissez d'accepter ou de refuser la demande."));
    assertThat(refus("peut-etre", null).champ()).isEqualTo("decision");
  }

  @Test
  void un_refus_porte_un_motif_d_une_phrase_de_10_a_500_caracteres_garde_sans_espaces_autour() {
    assertThat(refus("refuser", "  ")).isEqualTo(new ErreurChamp("motifRefus", "Indiquez le motif du refus : il sera envoyé à l'assuré."));
    assertThat(refus("refuser", "Photo")).isEqualTo(
        new ErreurChamp("motifRefus", "Expliquez le refus à l'assuré en une phrase (10 caractères au moins)."));
    assertThat(refus("refuser", "x".repeat(501))).isEqualTo(
        new ErreurChamp("motifRefus", "Le motif du refus dépasse 500 caractères : raccourcissez-le."));
    assertThat(DecisionAgent.depuis("refuser", "  Photo floue.  ")).isEqualTo(new DecisionAgent(false, "Photo floue."));
    assertThat(DecisionAgent.depuis("refuser", "x".repeat(500)).motifRefus()).hasSize(500);
  }

  private static ErreurChamp refus(Object decision, Object motif) {
    var refus = catchThrowableOfType(() -> DecisionAgent.depuis(decision, motif), DemandeInvalideException.class);
    assertThat(refus).as("refusé").isNotNull();
    return refus.erreurs().get(0);
  }
}
