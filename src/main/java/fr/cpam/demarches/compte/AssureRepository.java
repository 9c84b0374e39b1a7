package fr.cpam.demarches.compte;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

// The lookup by NIR is AssureParNir's (natural id,
// docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
interface AssureRepository extends JpaRepository<Assure, Long>, AssureParNir {

  /** The beneficiaries born in {@code du..au}, with their account, oldest account first. */
  @Query("select b from Beneficiaire b join fetch b.assure a where b.dateNaissance between :du and :au order by a.id, b.id")
  List<Beneficiaire> beneficiairesNesEntre(LocalDate du, LocalDate au);
}
