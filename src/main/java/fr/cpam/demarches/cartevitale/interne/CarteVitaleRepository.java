package fr.cpam.demarches.cartevitale.interne;

import fr.cpam.demarches.cartevitale.CartesVitale;
import fr.cpam.demarches.cartevitale.StatutCarteVitale;
import fr.cpam.demarches.compte.Nir;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The cartes Vitale, by holder; other modules read them through {@link CartesVitale}. */
public interface CarteVitaleRepository extends JpaRepository<CarteVitale, Long> {

  List<CarteVitale> findByTitulaireOrderByDateStatutDesc(Nir titulaire);

  List<CarteVitale> findByTitulaireIn(Collection<Nir> titulaires);

  Optional<CarteVitale> findByNumeroSerie(String numeroSerie);

  /** The cards of these people in a status other than the {@code sansCarte} ones: one statement. */
  List<CarteVitale> findByTitulaireInAndStatutNotIn(Collection<Nir> titulaires, Collection<StatutCarteVitale> sansCarte);
}
