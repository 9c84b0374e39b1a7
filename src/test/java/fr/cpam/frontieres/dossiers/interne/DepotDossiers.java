package fr.cpam.frontieres.dossiers.interne;

/** Internal to module dossiers (a subpackage), although public for Java. */
public class DepotDossiers {

  public int compter() {
    return 0;
  }
}
