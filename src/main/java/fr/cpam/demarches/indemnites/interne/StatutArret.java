package fr.cpam.demarches.indemnites.interne;

/** Where a sick-leave dossier stands, as the citizen and the agents read it. */
public enum StatutArret {
  ATTENTE_ATTESTATION("En attente de l'attestation de salaire de l'employeur"),
  VERIFICATION_ATTESTATION("Attestation de salaire en cours de vérification"),
  EN_INDEMNISATION("Indemnisation en cours"),
  TERMINE("Indemnisation terminée"),
  DROITS_NON_OUVERTS("Droits aux indemnités non ouverts"),
  CLASSE_SANS_ATTESTATION("Classé faute d'attestation de salaire");

  private final String libelle;

  StatutArret(String libelle) {
    this.libelle = libelle;
  }

  public String libelle() {
    return libelle;
  }

  public boolean estClos() {
    return this == TERMINE || this == DROITS_NON_OUVERTS || this == CLASSE_SANS_ATTESTATION;
  }
}
