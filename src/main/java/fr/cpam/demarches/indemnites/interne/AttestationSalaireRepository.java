package fr.cpam.demarches.indemnites.interne;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// Frequent queries as strings, which Hibernate translates once
// (docs/decisions/0026-requetes-frequentes-ecrites-en-texte.md).
public interface AttestationSalaireRepository extends JpaRepository<AttestationSalaire, Long> {

  @Query("select a from AttestationSalaire a where a.arret = :arret order by a.id desc limit 1")
  Optional<AttestationSalaire> findFirstByArretOrderByIdDesc(@Param("arret") ArretTravail arret);
}
