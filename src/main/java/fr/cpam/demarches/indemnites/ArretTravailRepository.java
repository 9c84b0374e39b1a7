package fr.cpam.demarches.indemnites;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArretTravailRepository extends JpaRepository<ArretTravail, Long> {

  Optional<ArretTravail> findByReference(String reference);

  List<ArretTravail> findByNirOrderByDateDebutDesc(String nir);
}
