package fr.cpam.demarches.indemnites.interne;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AvisArretRepository extends JpaRepository<AvisArret, Long> {

  Optional<AvisArret> findByEmpreinte(String empreinte);

  List<AvisArret> findByArretOrderByIdAsc(ArretTravail arret);

  long countByArretNirAndTransmisEnRetardTrue(String nir);

  boolean existsByArretAndRppsPrescripteur(ArretTravail arret, String rppsPrescripteur);

  /** The notices recorded before their prescriber was (migration V10_5), given to this doctor. */
  @Modifying
  @Query("update AvisArret a set a.rppsPrescripteur = :rpps where a.rppsPrescripteur is null")
  int attribuerSansPrescripteur(String rpps);
}
