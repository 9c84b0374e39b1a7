package fr.cpam.demarches.indemnites;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// Frequent queries as strings, which Hibernate translates once (docs/performance.md, correction 16);
// by reference through the natural id (ArretParReference, correction 23).
interface ArretTravailRepository extends JpaRepository<ArretTravail, Long>, ArretParReference {

  @Query("select a from ArretTravail a where a.nir = :nir order by a.dateDebut desc")
  List<ArretTravail> findByNirOrderByDateDebutDesc(@Param("nir") String nir);
}
