package fr.cpam.demarches.paiements;

import java.util.Arrays;
import java.util.Optional;

/** What a payment is for, as "Mes paiements" names it and filters on it. */
public enum NaturePaiement {
  REMBOURSEMENT_SOINS("remboursement-soins", "Remboursement de soins"),
  INDEMNITES_JOURNALIERES("indemnites-journalieres", "Indemnités journalières"),
  INDEMNITES_MATERNITE_PATERNITE("indemnites-maternite-paternite", "Indemnités maternité et paternité"),
  PENSION_INVALIDITE("pension-invalidite", "Pension d'invalidité");

  private final String code;
  private final String libelle;

  NaturePaiement(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  public static Optional<NaturePaiement> depuisCode(String code) {
    return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
  }
}
