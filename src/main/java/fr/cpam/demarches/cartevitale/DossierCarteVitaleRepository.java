package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.compte.Nir;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierCarteVitaleRepository extends JpaRepository<DossierCarteVitale, Long> {

  @EntityGraph(attributePaths = "historique")
  Optional<DossierCarteVitale> findByReference(String reference);

  Optional<DossierCarteVitale> findByOuvertPour(String nirBeneficiaire);

  List<DossierCarteVitale> findByProprietaireOrderByCreeLeDesc(Nir proprietaire);

  long countByBeneficiaireAndNatureAndCreeLeAfter(Nir beneficiaire, NatureDossier nature, Instant depuis);
}
