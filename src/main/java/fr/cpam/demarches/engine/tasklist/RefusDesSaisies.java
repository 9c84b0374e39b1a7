package fr.cpam.demarches.engine.tasklist;

import fr.cpam.demarches.commun.Problemes;
import fr.cpam.demarches.engine.DemarragesLimitesException;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A form or a start refused by the server ({@link FormulaireInvalideException}: a listener's
 * check, {@link ControleSaisiesPlugin}), as our API and the engine's REST API answer it:
 * {@code application/problem+json} in French, the fields in error, and nothing written. Our API
 * answers 422 (429 when a citizen has started too many dossiers today), the engine's REST API
 * 400, its status for a form that fails validation; its body also carries {@code message},
 * which Tasklist shows on the form.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusDesSaisies {

  /** Our API: the refusal, even wrapped by the engine (a listener's exception). */
  @ExceptionHandler(FormulaireInvalideException.class)
  ResponseEntity<Object> refus(FormulaireInvalideException refus) {
    return Problemes.reponse(probleme(refus, HttpStatus.UNPROCESSABLE_ENTITY));
  }

  static ProblemDetail probleme(FormulaireInvalideException refus, HttpStatus statutDonnees) {
    if (refus instanceof DemarragesLimitesException) {
      return Problemes.probleme(HttpStatus.TOO_MANY_REQUESTS, "trop-de-demarches", "Trop de démarches commencées aujourd'hui",
          refus.getMessage(), refus.erreurs());
    }
    return Problemes.probleme(statutDonnees, "donnees-invalides", "Données invalides", refus.getMessage(), refus.erreurs());
  }

  /** The refusal in an exception's causes, if it is one. */
  static Optional<FormulaireInvalideException> dans(Throwable erreur) {
    for (Throwable t = erreur; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FormulaireInvalideException refus) {
        return Optional.of(refus);
      }
    }
    return Optional.empty();
  }

  /**
   * The engine's REST API (both {@code /engine-rest} and Tasklist's, through
   * {@link ErreursApiMoteur}): 400, or 429, and the message Tasklist shows.
   */
  static Optional<jakarta.ws.rs.core.Response> reponseRest(Throwable erreur) {
    return dans(erreur).map(refus -> {
      ProblemDetail probleme = probleme(refus, HttpStatus.BAD_REQUEST);
      Map<String, Object> corps = new LinkedHashMap<>();
      corps.put("type", probleme.getType().toString());
      corps.put("title", probleme.getTitle());
      corps.put("status", probleme.getStatus());
      corps.put("detail", probleme.getDetail());
      if (probleme.getProperties() != null) {
        corps.putAll(probleme.getProperties());
      }
      corps.put("message", refus.getMessage());
      return jakarta.ws.rs.core.Response.status(probleme.getStatus())
          .type("application/problem+json")
          .entity(corps)
          .build();
    });
  }
}
