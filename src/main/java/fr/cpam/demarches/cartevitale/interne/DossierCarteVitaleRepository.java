package fr.cpam.demarches.cartevitale.interne;

import fr.cpam.demarches.cartevitale.NatureDossier;
import fr.cpam.demarches.compte.Nir;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

// The lookup by reference is DossierParReference's (natural id,
// docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
public interface DossierCarteVitaleRepository extends JpaRepository<DossierCarteVitale, Long>, DossierParReference {

  Optional<DossierCarteVitale> findByOuvertPour(String nirBeneficiaire);

  List<DossierCarteVitale> findByProprietaireOrderByCreeLeDesc(Nir proprietaire);

  /** The newest dossiers of an account ("Mes démarches"): a page, never all of them. */
  List<DossierCarteVitale> findByProprietaireOrderByCreeLeDescIdDesc(Nir proprietaire, org.springframework.data.domain.Pageable premiers);

  long countByProprietaire(Nir proprietaire);

  long countByBeneficiaireAndNatureAndCreeLeAfter(Nir beneficiaire, NatureDossier nature, Instant depuis);
}
