package fr.cpam.demarches.espace;

/** The menu of Mon espace, in its order; each page says which item it is. */
public enum Menu {
  accueil("Accueil", "/espace/"),
  demarches("Mes démarches", "/espace/demarches"),
  messagerie("Messagerie", "/espace/messagerie"),
  paiements("Mes paiements", "/espace/paiements"),
  carte("Ma carte Vitale", "/espace/carte-vitale"),
  delais("Délais de traitement", "/espace/delais"),
  simulation("Simuler mes indemnités journalières", "/espace/simulation-indemnites");

  private final String libelle;
  private final String adresse;

  Menu(String libelle, String adresse) {
    this.libelle = libelle;
    this.adresse = adresse;
  }

  public String getLibelle() {
    return libelle;
  }

  public String getAdresse() {
    return adresse;
  }
}
