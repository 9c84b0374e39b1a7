package fr.cpam.demarches.commun;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error of our API into {@code application/problem+json} with a French detail that
 * says what to change. Never a stack trace: system errors are logged with the request path and
 * answered with a neutral message. Scoped to REST controllers: the citizen's pages answer with
 * pages of their own. Errors raised before any controller is chosen (unknown address, method)
 * are {@link ProblemesSansControleur}'s.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ProblemesHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemesHandler.class);

  @ExceptionHandler(ErreurMetier.class)
  ResponseEntity<Object> erreurMetier(ErreurMetier erreur) {
    return Problemes.reponse(Problemes.depuis(erreur));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> contrainte(ConstraintViolationException exception) {
    List<ErreurChamp> erreurs =
        exception.getConstraintViolations().stream()
            .map(v -> new ErreurChamp(dernierSegment(v.getPropertyPath().toString()), v.getMessage()))
            .sorted(Comparator.comparing(ErreurChamp::champ))
            .toList();
    return Problemes.reponse(invalide(erreurs));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Object> accesRefuse(AccessDeniedException exception) {
    return Problemes.reponse(
        Problemes.probleme(
            HttpStatus.FORBIDDEN,
            "acces-refuse",
            "Accès refusé",
            "Votre profil ne permet pas cette action.",
            List.of()));
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<Object> nonAuthentifie(AuthenticationException exception) {
    return Problemes.reponse(
        Problemes.probleme(
            HttpStatus.UNAUTHORIZED,
            "authentification-requise",
            "Authentification requise",
            "Connectez-vous pour accéder à ce service.",
            List.of()));
  }

  /**
   * A multipart body that cannot be read: no boundary, cut short, a file name with a NUL
   * character. (Also reached when the engine API's error page re-reads such a request.)
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Object> multipartIllisible(MultipartException exception) {
    return multipart(exception);
  }

  /** A multipart body too large, or that cannot be read (no boundary, cut short, control characters). */
  static ResponseEntity<Object> multipart(MultipartException exception) {
    if (exception instanceof MaxUploadSizeExceededException) {
      return tropVolumineux();
    }
    return Problemes.reponse(
        Problemes.probleme(
            HttpStatus.BAD_REQUEST,
            "requete-invalide",
            "Requête invalide",
            "Le corps multipart de la requête est illisible : envoyez-le avec sa délimitation (boundary),"
                + " complet, et des noms de fichiers sans caractère de contrôle.",
            List.of()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> erreurSysteme(Exception exception, HttpServletRequest request) {
    LOG.error("Erreur non prévue sur {} {}", request.getMethod(), request.getRequestURI(), exception);
    return Problemes.reponse(
        Problemes.probleme(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "erreur-interne",
            "Erreur interne",
            "Le service n'a pas pu traiter votre demande. Réessayez dans quelques minutes ;"
                + " si le problème persiste, contactez votre CPAM au 3646.",
            List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<ErreurChamp> erreurs =
        exception.getBindingResult().getFieldErrors().stream()
            .map(e -> new ErreurChamp(e.getField(), message(e)))
            .sorted(Comparator.comparing(ErreurChamp::champ))
            .toList();
    return Problemes.reponse(invalide(erreurs));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<ErreurChamp> erreurs =
        exception.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            e ->
                                new ErreurChamp(
                                    r.getMethodParameter().getParameterName(),
                                    e.getDefaultMessage())))
            .toList();
    return Problemes.reponse(invalide(erreurs));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String champ = null;
    String detail = "Le corps de la requête n'est pas un JSON valide. Vérifiez sa syntaxe.";
    Throwable cause = exception.getCause();
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      champ = chemin(mapping);
      if (cause instanceof UnrecognizedPropertyException inconnu) {
        detail = "Le champ « " + inconnu.getPropertyName() + " » n'est pas attendu. Retirez-le.";
      } else if (cause instanceof InvalidFormatException format) {
        detail =
            "La valeur « " + format.getValue() + " » n'est pas acceptée pour le champ « " + champ
                + " »." + valeursPossibles(format.getTargetType());
      } else if (cause instanceof MismatchedInputException) {
        detail = "Le champ « " + champ + " » n'a pas le bon format." + valeursPossibles(((MismatchedInputException) cause).getTargetType());
      }
    } else if (exception.getMessage() != null && exception.getMessage().startsWith("Required request body")) {
      detail = "Le corps de la requête est vide : envoyez les données de la demande en JSON.";
    }
    List<ErreurChamp> erreurs = champ == null ? List.of() : List.of(new ErreurChamp(champ, detail));
    return Problemes.reponse(
        Problemes.probleme(HttpStatus.BAD_REQUEST, "requete-invalide", "Requête invalide", detail, erreurs));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail = "Le paramètre « " + exception.getParameterName() + " » est obligatoire.";
    return Problemes.reponse(
        Problemes.probleme(
            HttpStatus.BAD_REQUEST,
            "requete-invalide",
            "Requête invalide",
            detail,
            List.of(new ErreurChamp(exception.getParameterName(), detail))));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(
      MissingServletRequestPartException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail = "La partie « " + exception.getRequestPartName() + " » de la requête est obligatoire.";
    return Problemes.reponse(
        Problemes.probleme(
            HttpStatus.BAD_REQUEST,
            "requete-invalide",
            "Requête invalide",
            detail,
            List.of(new ErreurChamp(exception.getRequestPartName(), detail))));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeParametre(MethodArgumentTypeMismatchException exception) {
    String detail =
        "La valeur « " + exception.getValue() + " » n'est pas acceptée pour le paramètre « "
            + exception.getName() + " »." + valeursPossibles(exception.getRequiredType());
    return Problemes.reponse(
        Problemes.probleme(
            HttpStatus.BAD_REQUEST,
            "requete-invalide",
            "Requête invalide",
            detail,
            List.of(new ErreurChamp(exception.getName(), detail))));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return tropVolumineux();
  }

  private static ResponseEntity<Object> tropVolumineux() {
    return Problemes.reponse(
        Problemes.probleme(
            HttpStatus.PAYLOAD_TOO_LARGE,
            "trop-volumineux",
            "Contenu trop volumineux",
            "Les pièces jointes dépassent la taille autorisée. Réduisez leur taille et réessayez.",
            List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
      HttpRequestMethodNotSupportedException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ProblemesSansControleur.methode(exception);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ProblemesSansControleur.format(exception);
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ProblemesSansControleur.adresse(exception);
  }

  /** Any other error the framework raises: same status, French wording. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception exception,
      Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (request instanceof ServletWebRequest servlet && status.is5xxServerError()) {
      LOG.error("Erreur sur {}", servlet.getRequest().getRequestURI(), exception);
    }
    return standard(status, "La requête n'a pas pu être traitée (" + status.value() + ").");
  }

  static ResponseEntity<Object> standard(HttpStatusCode status, String detail) {
    String[] libelle = Problemes.libelle(status);
    return Problemes.reponse(Problemes.probleme(status, libelle[0], libelle[1], detail, List.of()));
  }

  private static ProblemDetail invalide(List<ErreurChamp> erreurs) {
    String detail =
        erreurs.size() == 1
            ? erreurs.get(0).message()
            : erreurs.stream().map(e -> e.champ() + " : " + e.message()).collect(Collectors.joining(" ; "));
    return Problemes.probleme(
        HttpStatus.UNPROCESSABLE_ENTITY, "donnees-invalides", "Données invalides", detail, erreurs);
  }

  private static String message(FieldError erreur) {
    if (erreur.isBindingFailure()) {
      return "La valeur « " + erreur.getRejectedValue() + " » n'a pas le bon format.";
    }
    return erreur.getDefaultMessage();
  }

  private static String chemin(JsonMappingException mapping) {
    StringBuilder chemin = new StringBuilder();
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        if (!chemin.isEmpty()) {
          chemin.append('.');
        }
        chemin.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        chemin.append('[').append(ref.getIndex()).append(']');
      }
    }
    return chemin.toString();
  }

  private static String valeursPossibles(Class<?> type) {
    if (type == null) {
      return "";
    }
    if (type.isEnum()) {
      return " Valeurs possibles : "
          + java.util.Arrays.stream(type.getEnumConstants())
              .map(c -> c instanceof ValeurCodee v ? v.code() : c.toString())
              .collect(Collectors.joining(", "))
          + ".";
    }
    if (type == java.time.LocalDate.class) {
      return " Attendu : une date au format AAAA-MM-JJ.";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return " Attendu : un nombre.";
    }
    return "";
  }

  private static String dernierSegment(String chemin) {
    int point = chemin.indexOf('.');
    return point < 0 ? chemin : chemin.substring(point + 1);
  }
}
