package fr.cpam.demarches.commun;

import org.springframework.data.domain.PageRequest;

/**
 * The page asked of a list ({@code page} from 0, {@code taille} rows): checked once for every
 * paged address, so that no page number, however large, reaches the database (the offset
 * {@code page × taille} must fit in an int).
 */
public final class Pagination {

  /** The largest page size of every paged list. */
  public static final int TAILLE_MAX = 100;

  private Pagination() {}

  /**
   * The page, or a 422 naming the parameter to fix.
   *
   * @throws DemandeInvalideException when {@code page} or {@code taille} is out of bounds
   */
  public static PageRequest page(int page, int taille) {
    if (taille < 1 || taille > TAILLE_MAX) {
      throw new DemandeInvalideException("taille", "La taille d'une page va de 1 à " + TAILLE_MAX + " lignes.");
    }
    int derniere = Integer.MAX_VALUE / taille - 1;
    if (page < 0 || page > derniere) {
      throw new DemandeInvalideException("page", "Le numéro de page va de 0 à " + derniere + ".");
    }
    return PageRequest.of(page, taille);
  }
}
