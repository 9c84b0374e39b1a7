package fr.cpam.demarches.cartevitale.interne;

import java.util.Optional;

/** {@link DossierCarteVitaleRepository}'s lookup by reference, written by hand ({@link DossierParReferenceImpl}). */
public interface DossierParReference {

  /**
   * The dossier with its status history. Within a transaction that has already read or written it,
   * without SQL: a declaration is recorded and its process run in the same transaction, whose steps
   * look the dossier up again by reference
   * (docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
   */
  Optional<DossierCarteVitale> findByReference(String reference);
}
