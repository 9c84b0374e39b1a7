package fr.cpam.demarches.delais.interne;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// Frequent queries as strings, which Hibernate translates once
// (docs/decisions/0026-requetes-frequentes-ecrites-en-texte.md).
public interface TraitementTermineRepository extends JpaRepository<TraitementTermine, Long> {

  @Query("select count(t) > 0 from TraitementTermine t where t.processInstanceId = :instance")
  boolean existsByProcessInstanceId(@Param("instance") String processInstanceId);

  /** How many dossiers took each number of days: a few dozen rows, read from the index alone. */
  @Query(
      "select t.dureeJours, count(t) from TraitementTermine t where t.thematique = :thematique and t.cpamCode = :cpam"
          + " and t.fin >= :depuis group by t.dureeJours order by t.dureeJours")
  List<Object[]> repartition(@Param("thematique") String thematique, @Param("cpam") String cpam, @Param("depuis") Instant depuis);

  @Query(
      "select t.dureeJours, count(t) from TraitementTermine t where t.thematique = :thematique and t.fin >= :depuis"
          + " group by t.dureeJours order by t.dureeJours")
  List<Object[]> repartitionNationale(@Param("thematique") String thematique, @Param("depuis") Instant depuis);
}
