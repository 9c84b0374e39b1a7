package fr.cpam.demarches.cartevitale.interne;

import fr.cpam.demarches.cartevitale.CartesVitale;
import fr.cpam.demarches.cartevitale.StatutCarteVitale;
import fr.cpam.demarches.compte.Nir;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The cartes Vitale, by holder; other modules read them through {@link CartesVitale}. */
public interface CarteVitaleRepository extends JpaRepository<CarteVitale, Long> {

  List<CarteVitale> findByTitulaireOrderByDateStatutDesc(Nir titulaire);

  List<CarteVitale> findByTitulaireIn(Collection<Nir> titulaires);

  Optional<CarteVitale> findByNumeroSerie(String numeroSerie);

  /** Those of these people who have a card in a status other than the {@code sansCarte} ones: one statement. */
  @Query("select distinct c.titulaire from CarteVitale c where c.titulaire in :titulaires and c.statut not in :sansCarte")
  List<Nir> titulairesAvecCarte(Collection<Nir> titulaires, Collection<StatutCarteVitale> sansCarte);
}
