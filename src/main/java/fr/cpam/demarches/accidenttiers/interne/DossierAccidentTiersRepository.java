package fr.cpam.demarches.accidenttiers.interne;

import fr.cpam.demarches.accidenttiers.NatureAccident;
import fr.cpam.demarches.compte.Nir;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// The lookup by reference is DossierAccidentParReference's (natural id, docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
public interface DossierAccidentTiersRepository extends JpaRepository<DossierAccidentTiers, Long>, DossierAccidentParReference {

  /** The dossier of the same accident: one accident, one dossier. */
  @Query("select d.reference from DossierAccidentTiers d where d.nirBeneficiaire = :nir and d.dateAccident = :date and d.nature = :nature")
  Optional<String> referenceDuMemeAccident(
      @Param("nir") Nir nirBeneficiaire, @Param("date") LocalDate dateAccident, @Param("nature") NatureAccident nature);

  @Query("select d from DossierAccidentTiers d where d.proprietaire = :proprietaire order by d.declareLe desc, d.id desc")
  List<DossierAccidentTiers> deProprietaire(@Param("proprietaire") String proprietaire);

  /** The account's newest dossiers, one page of them ("Mes démarches"). */
  @Query("select d from DossierAccidentTiers d where d.proprietaire = :proprietaire order by d.declareLe desc, d.id desc")
  List<DossierAccidentTiers> deProprietaire(@Param("proprietaire") String proprietaire, Pageable page);

  long countByProprietaire(String proprietaire);
}
