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
 * provisional one of the sheet, pointing to the page where they choose theirs ({@link
 * MotsDePasseDesStagiaires}): the engine's API and Tasklist's calls answer 403 in French
 * problem+json (the person is the one HTTP Basic authenticated, or the webapps' session's); the
 * webapps' login, once the code was found right, is undone and answers 401 with that message,
 * which the login page shows (as it shows a lock). Logging out stays open. Only on a training
 * server.
 */
class RefusDesMotsDePasseProvisoires extends OncePerRequestFilter {

  /** Where the work is: the engine's REST API, Tasklist's calls to it and to its own API; and the webapps' login. */
  static final List<String> ADRESSES = List.of("/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/tasklist/*",
      "/camunda/api/admin/auth/user/*");
  private static final java.util.regex.Pattern CONNEXION = java.util.regex.Pattern.compile(".*/api/admin/auth/user/[^/]+/login/[a-z]+/?");

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
    if (request.getRequestURI().contains("/api/admin/")) {
      if ("POST".equals(request.getMethod()) && CONNEXION.matcher(request.getRequestURI()).matches()) {
        connexion(request, response, chain);
      } else {
        chain.doFilter(request, response);
      }
      return;
    }
    String qui = UtilisateurConnecte.id().or(() -> sessions.connecte(request).map(SessionWebapps.Connecte::utilisateur)).orElse(null);
    if (!motsDePasse.provisoire(qui)) {
      chain.doFilter(request, response);
      return;
    }
    ecrire(response, HttpStatus.FORBIDDEN, request);
  }

  /**
   * The webapps' login goes its way (the code checked and counted by the login's own filter); if it
   * opened a session for a learner whose password is provisional, the session is closed again and
   * the page gets the reason.
   */
  private void connexion(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var retenue = new org.springframework.web.util.ContentCachingResponseWrapper(response);
    chain.doFilter(request, retenue);
    String qui = retenue.getStatus() == HttpServletResponse.SC_OK
        ? sessions.connecte(request).map(SessionWebapps.Connecte::utilisateur).orElse(null) : null;
    if (!motsDePasse.provisoire(qui)) {
      retenue.copyBodyToResponse();
      return;
    }
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    retenue.resetBuffer();
    // As the login's own refusals (plain JSON): the page shows its "message".
    ecrire(retenue, HttpStatus.UNAUTHORIZED, request);
    retenue.copyBodyToResponse();
  }

  private void ecrire(HttpServletResponse response, HttpStatus statut, HttpServletRequest request) throws IOException {
    ProblemDetail probleme = Problemes.probleme(statut, "mot-de-passe-provisoire", "Mot de passe à choisir",
        MotsDePasseDesStagiaires.REFUS, List.of());
    probleme.setProperty("message", MotsDePasseDesStagiaires.REFUS);
    probleme.setProperty("page", request.getContextPath() + MotsDePasseDesStagiaires.PAGE);
    response.setStatus(statut.value());
    response.setCharacterEncoding("UTF-8");
    response.setContentType(statut == HttpStatus.UNAUTHORIZED ? MediaType.APPLICATION_JSON_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), probleme);
  }
}
