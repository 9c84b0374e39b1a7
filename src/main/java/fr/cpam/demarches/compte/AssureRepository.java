package fr.cpam.demarches.compte;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

// The lookup by NIR is AssureParNir's (natural id,
// docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
interface AssureRepository extends JpaRepository<Assure, Long>, AssureParNir {

  /**
   * The beneficiaries born in {@code du..au} who have no card of their own but in one of the
   * {@code sansCarte} statuses, with their account, oldest account first: one statement, however
   * many of them have their card.
   */
  @Query("select b from Beneficiaire b join fetch b.assure a where b.dateNaissance between :du and :au"
      + " and not exists (select c.id from CarteVitale c where c.titulaire = b.nir and c.statut not in :sansCarte)"
      + " order by a.id, b.id")
  List<Beneficiaire> beneficiairesSansCarteNesEntre(LocalDate du, LocalDate au, Collection<StatutCarteVitale> sansCarte);

  /** The account owners born between two days, both included: one statement. */
  List<Assure> findByDateNaissanceBetween(LocalDate du, LocalDate au);
}
