package fr.cpam.demarches.engine.securite;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a person logged in to Tasklist call our API from the same browser session, without a
 * second login. A modifying request must carry the webapp's anti-CSRF token
 * ({@code X-XSRF-TOKEN}), as the webapps' own API requires.
 */
class SessionWebappAuthenticationFilter extends OncePerRequestFilter {

  private static final Set<String> LECTURE = Set.of("GET", "HEAD", "OPTIONS");
  private final SessionWebapps sessions;

  SessionWebappAuthenticationFilter(SessionWebapps sessions) {
    this.sessions = sessions;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var courante = SecurityContextHolder.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if ((courante == null || !courante.isAuthenticated()) && session != null) {
      var connecte = sessions.connecte(request);
      if (connecte.isPresent() && jetonValide(request, session)) {
        var contexte = SecurityContextHolder.createEmptyContext();
        contexte.setAuthentication(SessionWebapps.authentification(connecte.get()));
        SecurityContextHolder.setContext(contexte);
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean jetonValide(HttpServletRequest request, HttpSession session) {
    if (LECTURE.contains(request.getMethod())) {
      return true;
    }
    Object attendu = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String recu = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return attendu != null && attendu.equals(recu);
  }
}
