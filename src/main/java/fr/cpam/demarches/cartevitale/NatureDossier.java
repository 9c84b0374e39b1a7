package fr.cpam.demarches.cartevitale;

/** What a carte Vitale dossier is for. */
public enum NatureDossier {
  /** Loss, theft or broken card: the old card goes into opposition. */
  DECLARATION,
  /** First card of a beneficiary of 12 or more. */
  COMMANDE
}
