package fr.cpam.demarches.cartevitale.interne;

import fr.cpam.demarches.cartevitale.CartesVitale;
import fr.cpam.demarches.cartevitale.StatutCarteVitale;
import fr.cpam.demarches.compte.Beneficiaire;
import fr.cpam.demarches.compte.Nir;
import java.time.LocalDate;
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

  /**
   * The beneficiaries born in {@code du..au} who have no card of their own but in one of the
   * {@code sansCarte} statuses, with their account, oldest account first: one statement, however
   * many of them have their card.
   */
  @Query("select b from Beneficiaire b join fetch b.assure a where b.dateNaissance between :du and :au"
      + " and not exists (select c.id from CarteVitale c where c.titulaire = b.nir and c.statut not in :sansCarte)"
      + " order by a.id, b.id")
  List<Beneficiaire> beneficiairesSansCarteNesEntre(LocalDate du, LocalDate au, Collection<StatutCarteVitale> sansCarte);
}
