package fr.cpam.demarches.commun;

/**
 * What every decision that refuses a person something tells them about contesting it: first
 * the CPAM, then its commission de recours amiable, within 2 months (docs/regles-metier.md,
 * « Contester une décision »). One text, so that a card refusal and an allowance refusal say
 * the same thing.
 */
public final class VoiesDeRecours {

  /** The sentence ending the notification of a refusal. */
  public static final String CONTESTER =
      "Vous pouvez contester cette décision auprès de votre CPAM, puis de la Commission de recours amiable dans"
          + " un délai de 2 mois.";

  private VoiesDeRecours() {}
}
