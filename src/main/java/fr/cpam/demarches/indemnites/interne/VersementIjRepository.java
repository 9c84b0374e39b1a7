package fr.cpam.demarches.indemnites.interne;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// Frequent queries as strings, which Hibernate translates once
// (docs/decisions/0026-requetes-frequentes-ecrites-en-texte.md).
public interface VersementIjRepository extends JpaRepository<VersementIj, Long> {

  @Query("select v from VersementIj v where v.arret = :arret and v.statut = :statut order by v.periodeDebut")
  List<VersementIj> findByArretAndStatutOrderByPeriodeDebutAsc(@Param("arret") ArretTravail arret, @Param("statut") VersementIj.Statut statut);

  @Query("select v from VersementIj v where v.arret = :arret order by v.periodeDebut")
  List<VersementIj> findByArretOrderByPeriodeDebutAsc(@Param("arret") ArretTravail arret);

  @Query("select count(v) > 0 from VersementIj v where v.cleIdempotence = :cle")
  boolean existsByCleIdempotence(@Param("cle") String cleIdempotence);

  /** The allowances of a person outside ALD that may still count in a 3-year window. */
  @Query(
      "select v from VersementIj v where v.arret.nir = :nir and v.arret.ald = false and v.periodeFin >= :depuis")
  List<VersementIj> horsAldDepuis(@Param("nir") String nir, @Param("depuis") LocalDate depuis);
}
