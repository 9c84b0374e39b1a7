package fr.cpam.demarches.paiements;

/** Who received the money: the insured person, or their employer (subrogation). */
public enum PayeA {
  ASSURE("assure"),
  EMPLOYEUR("employeur");

  private final String code;

  PayeA(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
