package fr.cpam.demarches.cartevitale.interne;

import fr.cpam.demarches.compte.Nir;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LettreSeizeAnsRepository extends JpaRepository<LettreSeizeAns, Long> {

  /** Those of these people (NIRs as stored, {@link Nir#valeur()}) who already got their letter. */
  @Query(value = "select beneficiaire from lettre_seize_ans where beneficiaire in :beneficiaires", nativeQuery = true)
  List<String> dejaEcrits(Collection<String> beneficiaires);

  Optional<LettreSeizeAns> findByBeneficiaire(Nir beneficiaire);
}
