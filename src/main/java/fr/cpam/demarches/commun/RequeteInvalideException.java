package fr.cpam.demarches.commun;

import org.springframework.http.HttpStatus;

/**
 * A parameter of the request cannot be used as given (a period that ends before it starts, a
 * format that does not exist): HTTP 400, with the parameter named and what to change.
 */
public class RequeteInvalideException extends ErreurMetier {

  public RequeteInvalideException(String parametre, String detail) {
    super(parametre, detail);
  }

  @Override
  public HttpStatus statut() {
    return HttpStatus.BAD_REQUEST;
  }

  @Override
  public String titre() {
    return "Requête invalide";
  }

  @Override
  public String type() {
    return "requete-invalide";
  }
}
