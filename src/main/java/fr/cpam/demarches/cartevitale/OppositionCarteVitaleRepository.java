package fr.cpam.demarches.cartevitale;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OppositionCarteVitaleRepository extends JpaRepository<OppositionCarteVitale, Long> {

  List<OppositionCarteVitale> findByReferenceDossier(String referenceDossier);

  boolean existsByNumeroSerie(String numeroSerie);
}
