package fr.cpam.demarches.accidenttiers;

/** The paths of Decision_ParcoursAccidentTiers: who will be asked to pay, and what comes first. */
public enum Parcours {
  /** The third party's insurer is known: straight to the claim. */
  ASSUREUR,
  /** The third party is known, its insurer is not: a letter to the third party first. */
  IDENTIFIER_ASSUREUR,
  /** Unknown third party, with a police report or a complaint: a guarantee fund pays. */
  FONDS_GARANTIE,
  /** Neither the third party nor a complaint: the victim is asked for one of them. */
  A_COMPLETER
}
