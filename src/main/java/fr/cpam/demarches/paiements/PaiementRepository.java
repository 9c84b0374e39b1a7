package fr.cpam.demarches.paiements;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaiementRepository extends JpaRepository<Paiement, Long> {

  Optional<Paiement> findByCleSource(String cleSource);

  boolean existsByCleSource(String cleSource);
}
