package fr.cpam.demarches.commun;

import java.util.Collections;

/** Placeholders of a JDBC statement written by hand. */
public final class ParametresSql {

  private ParametresSql() {}

  /** {@code " in (?,…)"} for that many values. */
  public static String dans(int valeurs) {
    return " in (" + String.join(",", Collections.nCopies(valeurs, "?")) + ")";
  }
}
