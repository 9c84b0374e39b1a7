package fr.cpam.frontieres.dossiers;

import fr.cpam.frontieres.dossiers.interne.DepotDossiers;

/** The module's API: what other modules may use. */
public class Dossiers {

  private final DepotDossiers depot = new DepotDossiers();

  public int nombre() {
    return depot.compter();
  }
}
