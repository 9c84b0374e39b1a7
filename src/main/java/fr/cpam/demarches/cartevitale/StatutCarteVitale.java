package fr.cpam.demarches.cartevitale;

/** The life of a carte Vitale as "Ma carte Vitale" shows it. */
public enum StatutCarteVitale {
  ACTIVE("Active"),
  /** Declared lost, stolen or broken: on the opposition list, never valid again. */
  EN_OPPOSITION("En opposition"),
  EN_FABRICATION("En cours de fabrication"),
  /** Made by the factory, not yet handed to the post. */
  FABRIQUEE("Fabriquée"),
  EXPEDIEE("Expédiée"),
  /** Superseded by a newer card (renewal). */
  REMPLACEE("Remplacée");

  private final String libelle;

  StatutCarteVitale(String libelle) {
    this.libelle = libelle;
  }

  public String libelle() {
    return libelle;
  }
}
