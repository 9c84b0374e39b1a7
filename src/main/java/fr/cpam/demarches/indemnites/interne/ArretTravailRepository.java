package fr.cpam.demarches.indemnites.interne;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// Frequent queries as strings, which Hibernate translates once
// (docs/decisions/0026-requetes-frequentes-ecrites-en-texte.md); by reference through the natural
// id (ArretParReference, docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
public interface ArretTravailRepository extends JpaRepository<ArretTravail, Long>, ArretParReference {

  /** The arrêts whose next ordinary payment is due on {@code jour} (the payment run). */
  @Query("select a.id from ArretTravail a where a.prochaineEcheance <= :jour order by a.id")
  List<Long> echeancesDues(@Param("jour") java.time.LocalDate jour);

  /** The newest arrêts of a citizen by the day their notice arrived ("Mes démarches"): a page. */
  @Query("select a from ArretTravail a where a.nir = :nir order by a.recuLe desc, a.id desc")
  List<ArretTravail> recents(@Param("nir") String nir, org.springframework.data.domain.Pageable premiers);

  long countByNir(String nir);

  @Query("select a from ArretTravail a where a.nir = :nir order by a.dateDebut desc")
  List<ArretTravail> findByNirOrderByDateDebutDesc(@Param("nir") String nir);
}
