package fr.cpam.demarches.compte;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssureRepository extends JpaRepository<Assure, Long> {

  @EntityGraph(attributePaths = {"beneficiaires", "cpam"})
  Optional<Assure> findByNir(Nir nir);
}
