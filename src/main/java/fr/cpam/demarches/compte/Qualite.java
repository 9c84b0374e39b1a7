package fr.cpam.demarches.compte;

/** How a beneficiary is attached to the account. */
public enum Qualite {
  /** The insured person who owns the account ("ouvrant droit"). */
  ASSURE("Assuré(e)"),
  CONJOINT("Conjoint(e)"),
  ENFANT("Enfant");

  private final String libelle;

  Qualite(String libelle) {
    this.libelle = libelle;
  }

  public String libelle() {
    return libelle;
  }
}
