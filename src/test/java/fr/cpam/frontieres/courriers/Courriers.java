package fr.cpam.frontieres.courriers;

import fr.cpam.frontieres.dossiers.interne.DepotDossiers;

/** The wrong crossing: another module's internal repository instead of its API. */
public class Courriers {

  public int dossiersSansPasserParLeurApi() {
    return new DepotDossiers().compter();
  }
}
