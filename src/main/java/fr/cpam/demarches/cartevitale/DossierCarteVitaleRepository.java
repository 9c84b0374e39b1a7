package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.compte.Nir;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// Frequent queries as strings, which Hibernate translates once (docs/performance.md, correction 16).
interface DossierCarteVitaleRepository extends JpaRepository<DossierCarteVitale, Long> {

  @Query("select d from DossierCarteVitale d left join fetch d.historique where d.reference = :reference")
  Optional<DossierCarteVitale> findByReference(@Param("reference") String reference);

  Optional<DossierCarteVitale> findByOuvertPour(String nirBeneficiaire);

  List<DossierCarteVitale> findByProprietaireOrderByCreeLeDesc(Nir proprietaire);

  long countByBeneficiaireAndNatureAndCreeLeAfter(Nir beneficiaire, NatureDossier nature, Instant depuis);
}
