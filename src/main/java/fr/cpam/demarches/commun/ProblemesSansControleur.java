package fr.cpam.demarches.commun;

import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The API's answers to the errors raised before any controller is chosen: no service at this
 * address, a method or a content type no service takes. (A scoped advice such as
 * {@link ProblemesHandler} never sees them: there is no controller to match.) The citizen's pages
 * never raise them: every address under {@code /espace/} has a controller.
 */
@RestControllerAdvice
class ProblemesSansControleur {

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<Object> adresseInconnue(NoResourceFoundException exception) {
    return adresse(exception);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Object> methodeRefusee(HttpRequestMethodNotSupportedException exception) {
    return methode(exception);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Object> formatRefuse(HttpMediaTypeNotSupportedException exception) {
    return format(exception);
  }

  static ResponseEntity<Object> adresse(NoResourceFoundException exception) {
    return ProblemesHandler.standard(exception.getStatusCode(), "Aucun service n'existe à cette adresse.");
  }

  static ResponseEntity<Object> methode(HttpRequestMethodNotSupportedException exception) {
    return ProblemesHandler.standard(
        exception.getStatusCode(), "La méthode " + exception.getMethod() + " n'est pas possible sur cette adresse.");
  }

  static ResponseEntity<Object> format(HttpMediaTypeNotSupportedException exception) {
    return ProblemesHandler.standard(
        exception.getStatusCode(), "Envoyez les données au format JSON (Content-Type: application/json).");
  }
}
