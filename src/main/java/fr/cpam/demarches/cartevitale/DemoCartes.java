package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.cartevitale.interne.CarteVitale;
import fr.cpam.demarches.cartevitale.interne.CarteVitaleRepository;
import fr.cpam.demarches.compte.Beneficiaire;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile {@code demo}: the cartes Vitale of the README's citizens, after their accounts ({@code
 * compte/DemoComptes}, order 20): Claire's and her daughter Léa's (Hugo, 9, has none), Marc's,
 * Inès's. Made once, with the accounts.
 */
@Component
@Profile("demo")
@Order(21)
class DemoCartes implements ApplicationRunner {

  /** The NIRs of compte/DemoComptes' accounts. */
  private static final Nir CLAIRE = Nir.de("2 85 04 75 112 345 60");
  private static final Nir MARC = Nir.de("1 78 01 69 123 456 29");
  private static final Nir INES = Nir.de("2 92 02 13 055 123 90");
  private static final String CARTE_DE_CLAIRE = "1208451937";

  private final CarteVitaleRepository cartes;
  private final CompteService comptes;
  private final Clock horloge;

  DemoCartes(CarteVitaleRepository cartes, CompteService comptes, Clock horloge) {
    this.cartes = cartes;
    this.comptes = comptes;
    this.horloge = horloge;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (cartes.findByNumeroSerie(CARTE_DE_CLAIRE).isPresent() || comptes.trouver(CLAIRE).isEmpty()) {
      return;
    }
    Beneficiaire lea = comptes.compteDe(CLAIRE).beneficiaires().stream()
        .filter(b -> "Léa".equals(b.prenom())).findFirst().orElseThrow();
    enregistrer(CARTE_DE_CLAIRE, CLAIRE, LocalDate.of(2019, 9, 3));
    enregistrer("1311760284", lea.nir(), lea.dateNaissance().plusYears(12).plusMonths(2));
    enregistrer("1004928735", MARC, LocalDate.of(2016, 2, 18));
    enregistrer("1409552618", INES, LocalDate.of(2021, 6, 30));
  }

  private void enregistrer(String numero, Nir titulaire, LocalDate emission) {
    cartes.save(new CarteVitale(numero, titulaire, StatutCarteVitale.ACTIVE, emission, horloge));
  }
}
