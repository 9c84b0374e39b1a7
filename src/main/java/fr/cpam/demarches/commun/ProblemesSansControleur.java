package fr.cpam.demarches.commun;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The API's answers to the errors raised before any controller is chosen: no service at this
 * address, a method or a content type no service takes, a multipart body too large or unreadable
 * (read before the controller is chosen). A scoped advice such as {@link ProblemesHandler} never
 * sees them: there is no controller to match. Under {@code /espace/} a multipart error becomes
 * the pages' own error page (413 or 400).
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

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Object> multipartIllisible(MultipartException exception, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/espace/")) {
      response.sendError(exception instanceof MaxUploadSizeExceededException ? 413 : 400);
      return null;
    }
    return ProblemesHandler.multipart(exception);
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
