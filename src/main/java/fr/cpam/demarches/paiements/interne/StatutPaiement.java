package fr.cpam.demarches.paiements.interne;

/** A payment made, or one the CPAM still has to make. */
public enum StatutPaiement {
  PAYE("paye", "Payé"),
  EN_ATTENTE("en-attente", "En attente");

  private final String code;
  private final String libelle;

  StatutPaiement(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }
}
