package fr.cpam.demarches.compte.interne;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

// The lookup by NIR is AssureParNir's (natural id,
// docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
public interface AssureRepository extends JpaRepository<AssureEntite, Long>, AssureParNir {

  /**
   * The account owners born between two days, both included, with the beneficiaries and the CPAM
   * that their record carries: one statement.
   */
  @EntityGraph(attributePaths = {"beneficiaires", "cpam"})
  List<AssureEntite> findByDateNaissanceBetween(LocalDate du, LocalDate au);

  /**
   * The people attached to an account who were born between two days, both included, with their
   * account (for its owner's NIR), oldest account first: one statement.
   */
  @Query("select b from BeneficiaireEntite b join fetch b.assure a where b.dateNaissance between :du and :au"
      + " order by a.id, b.id")
  List<BeneficiaireEntite> beneficiairesNesEntre(LocalDate du, LocalDate au);

  /** The people attached to the account of {@code nir}: one statement. */
  @Query("select b from BeneficiaireEntite b where b.assure.nir = :nir order by b.id")
  List<BeneficiaireEntite> beneficiairesDuCompte(fr.cpam.demarches.compte.Nir nir);
}
