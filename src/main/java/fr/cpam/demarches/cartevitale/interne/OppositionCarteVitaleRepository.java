package fr.cpam.demarches.cartevitale.interne;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OppositionCarteVitaleRepository extends JpaRepository<OppositionCarteVitale, Long> {

  List<OppositionCarteVitale> findByReferenceDossier(String referenceDossier);

  boolean existsByNumeroSerie(String numeroSerie);
}
