package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.ValeurCodee;
import java.util.Optional;

/** Why the old card is replaced, as the citizen chooses it. */
public enum MotifDeclaration implements ValeurCodee {
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
  @Override
  public String code() {
    return code;
  }

  @Override
  public String libelle() {
    return libelle;
  }

  static Optional<MotifDeclaration> depuisCode(String code) {
    return ValeurCodee.depuisCode(MotifDeclaration.class, code);
  }

  static String codesPossibles() {
    return "perte, vol ou dysfonctionnement";
  }
}
