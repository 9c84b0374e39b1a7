package fr.cpam.demarches.cartevitale;

import java.util.Arrays;
import java.util.Optional;

/** Why the old card is replaced, as the citizen chooses it. */
enum MotifDeclaration {
  PERTE("perte", "Perte"),
  VOL("vol", "Vol"),
  DYSFONCTIONNEMENT("dysfonctionnement", "Dysfonctionnement (carte détériorée)");

  private final String code;
  private final String libelle;

  MotifDeclaration(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** The value in the API and in the form: {@code perte}, {@code vol}, {@code dysfonctionnement}. */
  String code() {
    return code;
  }

  String libelle() {
    return libelle;
  }

  static Optional<MotifDeclaration> depuisCode(String code) {
    return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
  }

  static String codesPossibles() {
    return "perte, vol ou dysfonctionnement";
  }
}
