package fr.cpam.demarches.commun;

/**
 * The name kept for a file a person sends: without the folders a browser may add, without
 * control characters (a NUL, a line break), trimmed, and at most {@link #LONGUEUR_MAX}
 * characters (the columns' size), keeping its end and so its extension.
 */
public final class NomFichier {

  public static final int LONGUEUR_MAX = 255;

  private NomFichier() {}

  public static String propre(String nom) {
    if (nom == null) {
      return "";
    }
    String propre = nom.replace('\\', '/');
    propre = propre.substring(propre.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    return propre.length() > LONGUEUR_MAX ? propre.substring(propre.length() - LONGUEUR_MAX) : propre;
  }
}
