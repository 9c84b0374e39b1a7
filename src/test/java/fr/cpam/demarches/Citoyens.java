package fr.cpam.demarches;

import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.engine.Groupes;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The one factory of test citizens. The tests share one database: a test that changes a person
 * (her code, a lock, an arrêt, a card) opens a person of its own here, so that the demo accounts
 * and the other tests' people stay as they were. The numbers are deterministic: one sequence per
 * test JVM, the same at every run, that skips a number already taken (a demo account). The
 * carte Vitale families ({@code cartevitale/ComptesDeTest}) take their NIRs here.
 */
@Component
public class Citoyens {

  /** The code of every citizen opened here. */
  public static final String CODE = "5792";

  private static final AtomicInteger ORDRE = new AtomicInteger();

  private final CompteService comptes;
  private final IdentityService identityService;

  Citoyens(CompteService comptes, IdentityService identityService) {
    this.comptes = comptes;
    this.identityService = identityService;
  }

  /**
   * A NIR that nobody has (neither an account nor an engine login): that sex ('1' or '2'), born
   * that month in that department, with the next free commune and order numbers (900 000 on).
   */
  public Nir nirLibre(char sexe, LocalDate naissance, String departement) {
    while (true) {
      int n = ORDRE.incrementAndGet();
      Nir nir = Nir.depuisIdentifiant(sexe + String.format("%02d%02d", naissance.getYear() % 100, naissance.getMonthValue())
          + departement + String.format("%03d%03d", 900 + (n / 1000) % 100, n % 1000));
      if (comptes.trouver(nir).isEmpty() && identityService.createUserQuery().userId(nir.identifiant()).count() == 0) {
        return nir;
      }
    }
  }

  /** The login of nobody (no account, no engine user): "an unknown identifier". */
  public String identifiantLibre() {
    return nirLibre('1', LocalDate.of(1990, 5, 1), "75").identifiant();
  }

  /** A salaried man born on 12 May 1980 in the Rhône, of CPAM 691, affiliated since 1 September 2000. */
  public Nir salarie() {
    return salarie("691", LocalDate.of(2000, 9, 1));
  }

  /** A salaried man born on 12 May 1980 in the Rhône, of that CPAM, affiliated on that day (null: unknown). */
  public Nir salarie(String cpam, LocalDate affiliation) {
    Nir nir = nirLibre('1', LocalDate.of(1980, 5, 1), "69");
    comptes.ouvrirCompte(nir, "TESTEUR", "Paul", LocalDate.of(1980, 5, 12), null,
        Adresse.de("adresse", "1 rue de la République", null, "69002", "Lyon"), cpam, CODE);
    if (affiliation != null) {
      comptes.affilier(nir, affiliation);
    }
    return nir;
  }

  /** A man of Paris with that e-mail address (null: none), code {@link #CODE}; returns his login. */
  public String avecCourriel(String email) {
    Nir nir = nirLibre('1', LocalDate.of(1990, 5, 1), "75");
    comptes.ouvrirCompte(nir, "TESTEUR", "Paul", LocalDate.of(1990, 5, 1), email,
        Adresse.de("adresse", "1 rue de la Paix", null, "75002", "Paris"), "751", CODE);
    return nir.identifiant();
  }

  /**
   * An insured person known to the CPAM (the {@code assure} table) without a login, who may create
   * her account: TESTEUR Paul, a man born on 1 May 1990 in Paris, of CPAM 751.
   */
  public Nir assureSansCompte() {
    Nir nir = nirLibre('1', LocalDate.of(1990, 5, 1), "75");
    comptes.enregistrerAssure(nir, "TESTEUR", "Paul", LocalDate.of(1990, 5, 1),
        Adresse.de("adresse", "1 rue de la Paix", null, "75002", "Paris"), "751");
    return nir;
  }

  /**
   * A citizen login of the engine only (no account record), with that code: enough for the
   * webapps and the lockout; returns the login.
   */
  public String utilisateurMoteur(String code) {
    String identifiant = nirLibre('1', LocalDate.of(1990, 5, 1), "13").identifiant();
    User citoyen = identityService.newUser(identifiant);
    citoyen.setFirstName("Paul");
    citoyen.setLastName("TESTEUR");
    citoyen.setPassword(code);
    identityService.saveUser(citoyen);
    identityService.createMembership(identifiant, Groupes.ASSURES);
    return identifiant;
  }
}
