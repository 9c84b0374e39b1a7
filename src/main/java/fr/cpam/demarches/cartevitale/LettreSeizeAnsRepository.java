package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.compte.Nir;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LettreSeizeAnsRepository extends JpaRepository<LettreSeizeAns, Long> {

  List<LettreSeizeAns> findByBeneficiaireIn(Collection<Nir> beneficiaires);

  Optional<LettreSeizeAns> findByBeneficiaire(Nir beneficiaire);
}
