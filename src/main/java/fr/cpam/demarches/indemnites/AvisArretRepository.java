package fr.cpam.demarches.indemnites;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AvisArretRepository extends JpaRepository<AvisArret, Long> {

  Optional<AvisArret> findByEmpreinte(String empreinte);

  List<AvisArret> findByArretOrderByIdAsc(ArretTravail arret);

  long countByArretNirAndTransmisEnRetardTrue(String nir);

  boolean existsByArretAndRppsPrescripteur(ArretTravail arret, String rppsPrescripteur);
}
