package fr.cpam.demarches.accidenttiers.interne;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LigneCreanceRepository extends JpaRepository<LigneCreance, Long> {

  @Query("select l from LigneCreance l where l.dossier = :dossier order by l.periodeDebut, l.id")
  List<LigneCreance> deDossier(@Param("dossier") DossierAccidentTiers dossier);
}
