package fr.cpam.demarches.paiements;

/** A payment made, or one the CPAM still has to make. */
enum StatutPaiement {
  PAYE("paye", "Payé"),
  EN_ATTENTE("en-attente", "En attente");

  private final String code;
  private final String libelle;

  StatutPaiement(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  String code() {
    return code;
  }

  String libelle() {
    return libelle;
  }
}
