package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Opens an account for each test that needs a person of its own: the tests share one database,
 * and two arrêts of the same person may not overlap.
 */
@Component
class AssuresDeTest {

  private static final AtomicInteger COMPTEUR = new AtomicInteger((int) (System.nanoTime() % 500));

  private final CompteService comptes;

  AssuresDeTest(CompteService comptes) {
    this.comptes = comptes;
  }

  /** A salaried man born in 1980 in the Rhône, CPAM 691, with a valid NIR; returns the NIR. */
  Nir nouveau() {
    return nouveau("691");
  }

  Nir nouveau(String cpam) {
    return nouveau(cpam, LocalDate.of(2000, 9, 1));
  }

  /** A new salaried man of CPAM 691 who became an insured person on {@code affiliation} (null: unknown). */
  Nir affilieLe(LocalDate affiliation) {
    return nouveau("691", affiliation);
  }

  private Nir nouveau(String cpam, LocalDate affiliation) {
    int n = COMPTEUR.incrementAndGet();
    String treize = String.format("18005691%02d%03d", (n / 1000) % 100, n % 1000);
    Nir nir = Nir.depuisIdentifiant(treize);
    if (comptes.trouver(nir).isEmpty()) {
      comptes.ouvrirCompte(
          nir, "TESTEUR", "Paul" + n, LocalDate.of(1980, 5, 12), null,
          Adresse.de("adresse", "1 rue de la République", null, "69002", "Lyon"), cpam, "5792");
      if (affiliation != null) {
        comptes.affilier(nir, affiliation);
      }
    }
    return nir;
  }
}
