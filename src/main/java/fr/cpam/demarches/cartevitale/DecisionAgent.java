package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.DemandeInvalideException;

/**
 * An agent's decision on a dossier ("Examiner la déclaration", "Vérifier l'identité"): accept, or
 * refuse with a reason the citizen will read, one sentence at least, {@value #MOTIF_MAX}
 * characters at most.
 *
 * @param motifRefus the reason as the citizen reads it (trimmed), null when accepted
 */
record DecisionAgent(boolean acceptee, String motifRefus) {

  static final int MOTIF_MIN = 10;
  static final int MOTIF_MAX = 500;

  /**
   * The decision as the agent's form gives it.
   *
   * @throws DemandeInvalideException decision (neither accept nor refuse), motifRefus (a refusal without a proper reason)
   */
  static DecisionAgent depuis(Object decision, Object motif) {
    if (DemandesCarteVitaleProcess.DECISION_ACCEPTER.equals(decision)) {
      return new DecisionAgent(true, null);
    }
    if (!DemandesCarteVitaleProcess.DECISION_REFUSER.equals(decision)) {
      throw new DemandeInvalideException(DemandesCarteVitaleProcess.DECISION, "Choisissez d'accepter ou de refuser la demande.");
    }
    String texte = motif == null ? "" : motif.toString().strip();
    if (texte.isEmpty()) {
      throw new DemandeInvalideException(
          DemandesCarteVitaleProcess.MOTIF_REFUS, "Indiquez le motif du refus : il sera envoyé à l'assuré.");
    }
    if (texte.length() < MOTIF_MIN) {
      throw new DemandeInvalideException(
          DemandesCarteVitaleProcess.MOTIF_REFUS, "Expliquez le refus à l'assuré en une phrase (" + MOTIF_MIN + " caractères au moins).");
    }
    if (texte.length() > MOTIF_MAX) {
      throw new DemandeInvalideException(
          DemandesCarteVitaleProcess.MOTIF_REFUS, "Le motif du refus dépasse " + MOTIF_MAX + " caractères : raccourcissez-le.");
    }
    return new DecisionAgent(false, texte);
  }
}
