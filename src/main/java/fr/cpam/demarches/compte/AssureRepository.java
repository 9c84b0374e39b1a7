package fr.cpam.demarches.compte;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// Frequent queries as strings, which Hibernate translates once (docs/performance.md, correction 16).
interface AssureRepository extends JpaRepository<Assure, Long> {

  /** With beneficiaries and CPAM, in one statement. */
  @Query("select a from Assure a left join fetch a.beneficiaires left join fetch a.cpam where a.nir = :nir")
  Optional<Assure> findByNir(@Param("nir") Nir nir);
}
