package fr.cpam.demarches.indemnites;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttestationSalaireRepository extends JpaRepository<AttestationSalaire, Long> {

  Optional<AttestationSalaire> findFirstByArretOrderByIdDesc(ArretTravail arret);
}
