package fr.cpam.demarches.compte.interne;

import fr.cpam.demarches.compte.Assure;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

// The lookup by NIR is AssureParNir's (natural id,
// docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
public interface AssureRepository extends JpaRepository<Assure, Long>, AssureParNir {

  /** The account owners born between two days, both included: one statement. */
  List<Assure> findByDateNaissanceBetween(LocalDate du, LocalDate au);
}
