package fr.cpam.demarches.paiements;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PaiementRepository extends JpaRepository<Paiement, Long>, JpaSpecificationExecutor<Paiement> {

  Optional<Paiement> findByCleSource(String cleSource);

  boolean existsByCleSource(String cleSource);
}
