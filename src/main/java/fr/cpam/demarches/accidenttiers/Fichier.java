package fr.cpam.demarches.accidenttiers;

/** A file as received, from our API or from a process variable, before any check. */
record Fichier(String nom, String typeDeclare, byte[] contenu) {

  /** The name without any folder a browser may send, trimmed, at most 255 characters. */
  String nomPropre() {
    if (nom == null) {
      return "";
    }
    String propre = nom.replace('\\', '/');
    propre = propre.substring(propre.lastIndexOf('/') + 1).strip();
    return propre.length() > 255 ? propre.substring(propre.length() - 255) : propre;
  }
}
