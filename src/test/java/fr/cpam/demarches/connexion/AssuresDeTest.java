package fr.cpam.demarches.connexion;

import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Accounts of their own for the tests that change a code, so that the demo accounts stay usable. */
final class AssuresDeTest {

  static final String CODE = "5792";

  private AssuresDeTest() {}

  /** A 13-character login that no account has (random commune and order numbers). */
  static String identifiantLibre(CompteService comptes) {
    while (true) {
      ThreadLocalRandom hasard = ThreadLocalRandom.current();
      String treize = "1" + "9005" + "75" + String.format("%03d%03d", hasard.nextInt(1, 1000), hasard.nextInt(1, 1000));
      if (comptes.trouver(Nir.depuisIdentifiant(treize)).isEmpty()) {
        return treize;
      }
    }
  }

  /**
   * An insured person known to the CPAM without a login (TESTEUR Paul, born 1 May 1990), who may
   * create her account; returns her full NIR (15 characters).
   */
  static String enregistrer(CompteService comptes) {
    Nir nir = Nir.depuisIdentifiant(identifiantLibre(comptes));
    comptes.enregistrerAssure(nir, "TESTEUR", "Paul", LocalDate.of(1990, 5, 1),
        Adresse.de("adresse", "1 rue de la Paix", null, "75002", "Paris"), "751");
    return nir.valeur();
  }

  /** Opens an account with this e-mail address and the code {@link #CODE}; returns its login. */
  static String ouvrir(CompteService comptes, String email) {
    String identifiant = identifiantLibre(comptes);
    comptes.ouvrirCompte(Nir.depuisIdentifiant(identifiant), "TESTEUR", "Paul", LocalDate.of(1990, 5, 1), email,
        Adresse.de("adresse", "1 rue de la Paix", null, "75002", "Paris"), "751", CODE);
    return identifiant;
  }
}
