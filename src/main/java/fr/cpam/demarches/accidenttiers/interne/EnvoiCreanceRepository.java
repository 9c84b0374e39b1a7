package fr.cpam.demarches.accidenttiers.interne;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EnvoiCreanceRepository extends JpaRepository<EnvoiCreance, Long> {

  @Query("select e from EnvoiCreance e where e.dossier = :dossier order by e.numero")
  List<EnvoiCreance> deDossier(@Param("dossier") DossierAccidentTiers dossier);
}
