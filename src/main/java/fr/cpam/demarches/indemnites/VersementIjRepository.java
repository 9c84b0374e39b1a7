package fr.cpam.demarches.indemnites;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VersementIjRepository extends JpaRepository<VersementIj, Long> {

  List<VersementIj> findByArretAndStatutOrderByPeriodeDebutAsc(ArretTravail arret, VersementIj.Statut statut);

  List<VersementIj> findByArretOrderByPeriodeDebutAsc(ArretTravail arret);

  boolean existsByCleIdempotence(String cleIdempotence);

  /** The allowances of a person outside ALD that may still count in a 3-year window. */
  @Query(
      "select v from VersementIj v where v.arret.nir = :nir and v.arret.ald = false and v.periodeFin >= :depuis")
  List<VersementIj> horsAldDepuis(@Param("nir") String nir, @Param("depuis") LocalDate depuis);
}
