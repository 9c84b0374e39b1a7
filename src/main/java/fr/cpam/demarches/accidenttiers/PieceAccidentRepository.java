package fr.cpam.demarches.accidenttiers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PieceAccidentRepository extends JpaRepository<PieceAccident, Long> {

  @Query("select p from PieceAccident p where p.dossier = :dossier order by p.id")
  List<PieceAccident> deDossier(@Param("dossier") DossierAccidentTiers dossier);
}
