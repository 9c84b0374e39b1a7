package fr.cpam.demarches.commun;

import org.springframework.http.HttpStatus;

/**
 * What was asked for does not exist, or is not the caller's to see: HTTP 404. A citizen asking
 * for someone else's dossier gets this answer too, so that its existence is not revealed.
 */
public class IntrouvableException extends ErreurMetier {

  public IntrouvableException(String detail) {
    super(null, detail);
  }

  @Override
  public HttpStatus statut() {
    return HttpStatus.NOT_FOUND;
  }

  @Override
  public String titre() {
    return "Ressource introuvable";
  }

  @Override
  public String type() {
    return "introuvable";
  }
}
