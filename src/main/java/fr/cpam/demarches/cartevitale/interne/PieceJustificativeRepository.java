package fr.cpam.demarches.cartevitale.interne;

import fr.cpam.demarches.compte.Nir;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PieceJustificativeRepository extends JpaRepository<PieceJustificative, Long> {

  boolean existsByTitulaireAndNatureAndValableJusquAuGreaterThanEqual(
      Nir titulaire, PieceJustificative.Nature nature, LocalDate le);

  List<PieceJustificative> findByReferenceDossierOrderByIdAsc(String referenceDossier);
}
