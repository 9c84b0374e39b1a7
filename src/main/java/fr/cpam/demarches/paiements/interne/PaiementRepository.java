package fr.cpam.demarches.paiements.interne;

import fr.cpam.demarches.paiements.NaturePaiement;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// Frequent queries as strings, which Hibernate translates once
// (docs/decisions/0026-requetes-frequentes-ecrites-en-texte.md).
public interface PaiementRepository extends JpaRepository<Paiement, Long> {

  @Query("select p from Paiement p where p.cleSource = :cle")
  Optional<Paiement> findByCleSource(@Param("cle") String cleSource);

  @Query("select count(p) > 0 from Paiement p where p.cleSource = :cle")
  boolean existsByCleSource(@Param("cle") String cleSource);

  @Query("select p from Paiement p where p.nirAssure = :nir and p.referenceDossier = :reference and p.nature = :nature"
      + " and p.statut = :statut order by p.periodeDebut, p.id")
  public java.util.List<Paiement> faits(
      @Param("nir") String nirAssure,
      @Param("reference") String referenceDossier,
      @Param("nature") NaturePaiement nature,
      @Param("statut") StatutPaiement statut);
}
