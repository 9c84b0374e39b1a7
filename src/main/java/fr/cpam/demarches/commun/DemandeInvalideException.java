package fr.cpam.demarches.commun;

import org.springframework.http.HttpStatus;

/** The request is well formed but its content breaks a rule: HTTP 422, nothing is recorded. */
public class DemandeInvalideException extends ErreurMetier {

  public DemandeInvalideException(String champ, String detail) {
    super(champ, detail);
  }

  @Override
  public HttpStatus statut() {
    return HttpStatus.UNPROCESSABLE_ENTITY;
  }

  @Override
  public String titre() {
    return "Données invalides";
  }

  @Override
  public String type() {
    return "donnees-invalides";
  }
}
