package fr.cpam.demarches.engine.securite;

import fr.cpam.demarches.engine.Locataires;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who calls {@code /engine-rest}, so that its authorization checks apply to
 * that person. Without it the engine would see no user and check nothing.
 */
class AuthentificationMoteurFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  AuthentificationMoteurFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var utilisateur = UtilisateurConnecte.id();
    if (utilisateur.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    identityService.setAuthentication(utilisateur.get(), UtilisateurConnecte.groupes(),
        Locataires.de(identityService, utilisateur.get()));
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
