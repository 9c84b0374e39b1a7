package fr.cpam.demarches.commun;

import org.springframework.http.HttpStatus;

/**
 * An error a person can cause and fix: it carries the HTTP status, a French title and
 * detail, and the field in error when there is one. Answered as {@code application/problem+json}.
 */
public abstract class ErreurMetier extends RuntimeException {

  private final String champ;

  protected ErreurMetier(String champ, String detail) {
    super(detail);
    this.champ = champ;
  }

  /** The field in error, as the client named it ({@code adresse.codePostal}), or null. */
  public String champ() {
    return champ;
  }

  /**
   * Every field in error with what to change, in the order of the form (the first is
   * {@link #champ()}): the API lists them, a page shows each next to its field.
   */
  public java.util.List<Problemes.ErreurChamp> erreurs() {
    return champ == null ? java.util.List.of() : java.util.List.of(new Problemes.ErreurChamp(champ, getMessage()));
  }

  public abstract HttpStatus statut();

  public abstract String titre();

  /** Last segment of the problem type URI, for example {@code donnees-invalides}. */
  public abstract String type();
}
