package fr.cpam.demarches.compte.interne;

import fr.cpam.demarches.compte.Nir;
import java.util.Optional;

/** {@link AssureRepository}'s lookup by NIR, written by hand ({@link AssureParNirImpl}). */
public interface AssureParNir {

  /**
   * The account with its beneficiaries and CPAM. Within a transaction that has already read it,
   * without SQL: a citizen's request reads their account, then the steps of the procedure it
   * starts read it again (docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
   */
  Optional<AssureEntite> findByNir(Nir nir);
}
