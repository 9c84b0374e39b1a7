package fr.cpam.demarches.engine;

import fr.cpam.demarches.commun.Problemes;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
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

  /** The engine's REST API (both {@code /engine-rest} and Tasklist's): 400, or 429, and the message Tasklist shows. */
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

  /** Mappers of the engine's REST API, before any other for a refusal, and only for it. */
  static final List<Class<?>> FOURNISSEURS = List.of(SurRest.class, SurMoteur.class);

  /** {@code /engine-rest}; Tasklist's engine API adds them in {@link JacksonApiTasklist}. */
  @Bean
  ResourceConfigCustomizer refusDesSaisiesSurLApiDuMoteur() {
    return config -> FOURNISSEURS.forEach(config::register);
  }

  /** A refusal the REST API wrapped (often as a 500: "Cannot instantiate process definition ..."). */
  @Provider
  @Priority(0)
  public static class SurRest implements ExtendedExceptionMapper<RestException> {
    @Override
    public boolean isMappable(RestException erreur) {
      return dans(erreur).isPresent();
    }

    @Override
    public jakarta.ws.rs.core.Response toResponse(RestException erreur) {
      return reponseRest(erreur).orElseThrow();
    }
  }

  /** A refusal as the engine threw it. */
  @Provider
  @Priority(0)
  public static class SurMoteur implements ExtendedExceptionMapper<ProcessEngineException> {
    @Override
    public boolean isMappable(ProcessEngineException erreur) {
      return dans(erreur).isPresent();
    }

    @Override
    public jakarta.ws.rs.core.Response toResponse(ProcessEngineException erreur) {
      return reponseRest(erreur).orElseThrow();
    }
  }
}
