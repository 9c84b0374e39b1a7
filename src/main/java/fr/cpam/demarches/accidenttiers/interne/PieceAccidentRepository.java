package fr.cpam.demarches.accidenttiers.interne;

import fr.cpam.demarches.accidenttiers.interne.ApercuPiece;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PieceAccidentRepository extends JpaRepository<PieceAccident, Long> {

  /** The files of a dossier, without their content. */
  @Query("select new fr.cpam.demarches.accidenttiers.interne.ApercuPiece(p.id, p.nomFichier, p.typeContenu, p.taille, p.recueLe)"
      + " from PieceAccident p where p.dossier = :dossier order by p.id")
  List<ApercuPiece> apercusDe(@Param("dossier") DossierAccidentTiers dossier);

  @Query("select count(p) from PieceAccident p where p.dossier = :dossier")
  long nombreDe(@Param("dossier") DossierAccidentTiers dossier);

  @Query("select p from PieceAccident p where p.dossier = :dossier and p.id = :id")
  java.util.Optional<PieceAccident> deDossier(@Param("dossier") DossierAccidentTiers dossier, @Param("id") Long id);
}
