package fr.cpam.demarches.compte;

import fr.cpam.demarches.HorlogeDeTest;
import java.time.LocalDate;

/** An account built in memory, for the unit tests of other modules' rules (no database). */
public final class AssureEnMemoire {

  private AssureEnMemoire() {}

  public static Assure de(Nir nir, String nom, String prenom, LocalDate naissance) {
    return new Assure(nir, nom, prenom, naissance, null, null, null, HorlogeDeTest.HORLOGE);
  }
}
