package fr.cpam.demarches.indemnites.interne;

import java.util.Optional;

/** {@link ArretTravailRepository}'s lookup by reference, written by hand ({@link ArretParReferenceImpl}). */
public interface ArretParReference {

  /**
   * The arrêt. Within a transaction that has already read or written it, without SQL: each job of a
   * payment cycle looks it up in two of its steps
   * (docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
   */
  Optional<ArretTravail> findByReference(String reference);
}
