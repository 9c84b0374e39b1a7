package fr.cpam.demarches.commun;

import org.springframework.http.HttpStatus;

/**
 * The request contradicts the current state (a card already active, a conversation already
 * closed): HTTP 409, nothing is recorded.
 */
public class ConflitException extends ErreurMetier {

  public ConflitException(String champ, String detail) {
    super(champ, detail);
  }

  @Override
  public HttpStatus statut() {
    return HttpStatus.CONFLICT;
  }

  @Override
  public String titre() {
    return "Demande incompatible avec l'état du dossier";
  }

  @Override
  public String type() {
    return "conflit";
  }
}
