package fr.cpam.demarches.engine;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * An engine command the server refuses to a person whatever her authorizations say (a citizen
 * adding a comment, a group or a due date to her task, reading a procedure's diagram; anyone but
 * an administrator correlating a message...), with the reason in French. The engine's REST API
 * answers it 403 {@code application/problem+json} ({@link ErreursApiMoteur}), with the reason as
 * {@code detail} and as {@code message}, which Tasklist shows.
 */
public class ActionRefuseeException extends AuthorizationException {

  public ActionRefuseeException(String raison) {
    super(raison);
  }
}
