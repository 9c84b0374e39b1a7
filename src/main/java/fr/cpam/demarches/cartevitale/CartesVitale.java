package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.cartevitale.interne.CarteVitale;
import fr.cpam.demarches.cartevitale.interne.CarteVitaleRepository;
import fr.cpam.demarches.compte.CartesDesTitulaires;
import fr.cpam.demarches.compte.Nir;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cartes Vitale, as other modules see them: a person's cards, and a card to record (the
 * training's and the tests' citizens). The account's pages read them through {@link
 * CartesDesTitulaires}. Only this module changes a card's status (opposition, production).
 */
@Service
public class CartesVitale implements CartesDesTitulaires {

  private final CarteVitaleRepository cartes;

  CartesVitale(CarteVitaleRepository cartes) {
    this.cartes = cartes;
  }

  /** The cards of a person, newest status first. */
  @Transactional(readOnly = true)
  List<CarteVitale> cartesDe(Nir titulaire) {
    return cartes.findByTitulaireOrderByDateStatutDesc(titulaire);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Carte> cartesDe(Collection<Nir> titulaires) {
    return cartes.findByTitulaireIn(titulaires).stream()
        .map(c -> new Carte(c.getTitulaire(), c.getNumeroSerie(), c.getStatut().name().toLowerCase(),
            c.getStatut().libelle(), c.getDateEmission(), c.getDateStatut()))
        .toList();
  }

  /**
   * Records a card a person already has (an existing card, not one the factory makes): its
   * serial number, its holder, its status since now and the day it was issued.
   */
  @Transactional
  public void enregistrer(String numeroSerie, Nir titulaire, StatutCarteVitale statut, LocalDate dateEmission, Clock horloge) {
    cartes.save(new CarteVitale(numeroSerie, titulaire, statut, dateEmission, horloge));
  }
}
