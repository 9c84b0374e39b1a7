package fr.cpam.demarches.cartevitale.interne;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReponseFabriqueSimuleeRepository extends JpaRepository<ReponseFabriqueSimulee, Long> {

  List<ReponseFabriqueSimulee> findByTransmiseLeIsNullAndEcheanceLessThanEqualOrderByEcheanceAscIdAsc(Instant le);

  List<ReponseFabriqueSimulee> findByReferenceDossierAndTransmiseLeIsNull(String referenceDossier);

  List<ReponseFabriqueSimulee> findByReferenceDossierOrderByIdAsc(String referenceDossier);
}
