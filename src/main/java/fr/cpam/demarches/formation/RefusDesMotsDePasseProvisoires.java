package fr.cpam.demarches.formation;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cpam.demarches.commun.Problemes;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import fr.cpam.demarches.engine.securite.SessionWebapps;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist and the engine's REST API refuse the work of a learner whose password is still the
 * provisional one of the sheet (403, French problem+json; its {@code message} is what Tasklist
 * shows), pointing to the page where they choose theirs ({@link MotsDePasseDesStagiaires}). Runs
 * after the security filters: the person is the one HTTP Basic authenticated, or the webapps'
 * session's. Logging in and out stay open. Only on a training server.
 */
class RefusDesMotsDePasseProvisoires extends OncePerRequestFilter {

  /** Where the work is: the engine's REST API, and Tasklist's calls to it and to its own API. */
  static final List<String> ADRESSES = List.of("/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/tasklist/*");

  private final MotsDePasseDesStagiaires motsDePasse;
  private final SessionWebapps sessions;
  private final ObjectMapper json;

  RefusDesMotsDePasseProvisoires(MotsDePasseDesStagiaires motsDePasse, SessionWebapps sessions, ObjectMapper json) {
    this.motsDePasse = motsDePasse;
    this.sessions = sessions;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String qui = UtilisateurConnecte.id().or(() -> sessions.connecte(request).map(SessionWebapps.Connecte::utilisateur)).orElse(null);
    if (!motsDePasse.provisoire(qui)) {
      chain.doFilter(request, response);
      return;
    }
    ProblemDetail probleme = Problemes.probleme(HttpStatus.FORBIDDEN, "mot-de-passe-provisoire", "Mot de passe à choisir",
        MotsDePasseDesStagiaires.REFUS, List.of());
    probleme.setProperty("message", MotsDePasseDesStagiaires.REFUS);
    probleme.setProperty("page", request.getContextPath() + MotsDePasseDesStagiaires.PAGE);
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setCharacterEncoding("UTF-8");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), probleme);
  }
}
