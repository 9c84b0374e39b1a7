package fr.cpam.demarches.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a person logged in to Tasklist call our API from the same browser session, without a
 * second login. A modifying request must carry the webapp's anti-CSRF token
 * ({@code X-XSRF-TOKEN}), as the webapps' own API requires.
 */
class SessionWebappAuthenticationFilter extends OncePerRequestFilter {

  private static final Set<String> LECTURE = Set.of("GET", "HEAD", "OPTIONS");
  private final String moteur;

  SessionWebappAuthenticationFilter(String moteur) {
    this.moteur = moteur;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var courante = SecurityContextHolder.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if ((courante == null || !courante.isAuthenticated()) && session != null) {
      Authentications authentifications = AuthenticationUtil.getAuthsFromSession(session);
      if (authentifications != null
          && authentifications.getAuthenticationForProcessEngine(moteur) instanceof UserAuthentication utilisateur
          && jetonValide(request, session)) {
        var roles =
            utilisateur.getGroupIds().stream().map(Groupes::role).map(SimpleGrantedAuthority::new).toList();
        var contexte = SecurityContextHolder.createEmptyContext();
        contexte.setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(utilisateur.getName(), null, roles));
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
