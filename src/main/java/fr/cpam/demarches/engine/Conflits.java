package fr.cpam.demarches.engine;

/**
 * The rule for an update conflict between two nodes (docs/decisions/0007): a person's command
 * or API call that lost an optimistic-locking race is replayed, up to this many tries in all; the
 * third conflict in a row is a real problem and is reported.
 */
public final class Conflits {

  public static final int TENTATIVES = 3;

  private Conflits() {}
}
