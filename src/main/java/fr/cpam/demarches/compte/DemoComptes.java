package fr.cpam.demarches.compte;

import fr.cpam.demarches.commun.Adresse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile {@code demo}: the three citizens of the README (their cartes Vitale: {@code
 * cartevitale/DemoCartes}), and Julien Petit, an insured person
 * known to the CPAM who has no account yet (« Créer un compte »). Children's ages are kept true to the
 * README (14 and 9) on the day the demo data is first created, and their NIRs match their birth.
 */
@Component
@Profile("demo")
@Order(20)
class DemoComptes implements ApplicationRunner {

  static final Nir MERE = Nir.de("2 85 04 75 112 345 60");
  static final Nir SALARIE = Nir.de("1 78 01 69 123 456 29");
  static final Nir TROISIEME = Nir.de("2 92 02 13 055 123 90");
  /** Known to the CPAM, without an account yet: the one who tries « Créer un compte ». */
  static final Nir SANS_COMPTE = Nir.de("1 90 11 33 063 042 71");

  private final CompteService comptes;
  private final Clock horloge;

  DemoComptes(CompteService comptes, Clock horloge) {
    this.comptes = comptes;
    this.horloge = horloge;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (comptes.trouver(SANS_COMPTE).isEmpty()) {
      comptes.enregistrerAssure(
          SANS_COMPTE, "PETIT", "Julien", LocalDate.of(1990, 11, 21),
          Adresse.de("adresse", "7 cours de l'Intendance", null, "33000", "Bordeaux"), "331");
    }
    if (comptes.trouver(MERE).isPresent()) {
      affiliations();
      naissances();
      return;
    }
    LocalDate aujourdhui = LocalDate.now(horloge);

    comptes.ouvrirCompte(
            MERE, "DUBOIS", "Claire", LocalDate.of(1985, 4, 12), "claire.dubois@example.fr",
            Adresse.de("adresse", "12 rue des Lilas", "Bâtiment B", "75020", "Paris"), "751", "4821");
    LocalDate naissanceLea = aujourdhui.minusYears(14).minusMonths(4);
    LocalDate naissanceHugo = aujourdhui.minusYears(9).minusMonths(7);
    Nir lea = nirEnfant('2', naissanceLea, "75", "120", "044");
    Nir hugo = nirEnfant('1', naissanceHugo, "75", "120", "318");
    comptes.rattacher(MERE, lea, "DUBOIS", "Léa", naissanceLea, Qualite.ENFANT);
    comptes.rattacher(MERE, hugo, "DUBOIS", "Hugo", naissanceHugo, Qualite.ENFANT);

    comptes.ouvrirCompte(
        SALARIE, "LEFEBVRE", "Marc", LocalDate.of(1978, 1, 23), "marc.lefebvre@example.fr",
        Adresse.de("adresse", "48 avenue Félix Faure", null, "69003", "Lyon"), "691", "7315");

    comptes.ouvrirCompte(
        TROISIEME, "BERNARD", "Inès", LocalDate.of(1992, 2, 7), "ines.bernard@example.fr",
        Adresse.de("adresse", "5 boulevard de la Libération", "Appartement 31", "13004", "Marseille"), "131", "2684");
    affiliations();
    naissances();
  }

  /**
   * Their identity at birth, as the demo's FranceConnect gives it (connexion/DemoFranceConnect):
   * Claire was born MARTIN, Marc has two given names; the places are those of their NIRs.
   */
  private void naissances() {
    comptes.definirNaissance(MERE, "MARTIN", "Claire Marie", "75112");
    comptes.definirNaissance(SALARIE, "LEFEBVRE", "Marc André", "69123");
    comptes.definirNaissance(TROISIEME, "BERNARD", "Inès", "13055");
  }

  /** The day each became an insured person (first job); also for demo data made before the date existed. */
  private void affiliations() {
    Map.of(MERE, LocalDate.of(2005, 9, 1), SALARIE, LocalDate.of(1997, 7, 1), TROISIEME, LocalDate.of(2014, 9, 1))
        .forEach((nir, le) -> {
          if (comptes.compteDe(nir).affiliation().isEmpty()) {
            comptes.affilier(nir, le);
          }
        });
  }

  /** A NIR consistent with the birth date; the key is computed. */
  static Nir nirEnfant(char sexe, LocalDate naissance, String departement, String commune, String ordre) {
    String treize =
        sexe + String.format("%02d%02d", naissance.getYear() % 100, naissance.getMonthValue())
            + departement + commune + ordre;
    return Nir.depuisIdentifiant(treize);
  }
}
