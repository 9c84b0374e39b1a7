package fr.cpam.demarches.compte;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The cartes Vitale, by holder; other modules change a card's status through this repository. */
public interface CarteVitaleRepository extends JpaRepository<CarteVitale, Long> {

  List<CarteVitale> findByTitulaireOrderByDateStatutDesc(Nir titulaire);

  List<CarteVitale> findByTitulaireIn(Collection<Nir> titulaires);

  Optional<CarteVitale> findByNumeroSerie(String numeroSerie);
}
