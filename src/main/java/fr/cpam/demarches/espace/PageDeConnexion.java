package fr.cpam.demarches.espace;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The one login page of the server-rendered pages (Mon espace, a training server's trainers' pages)
 * and of Tasklist: a page that asks for a person sends whoever is not logged in there, and the page
 * brings her back to the page she asked for ({@link ConnexionController}).
 */
public final class PageDeConnexion {

  public static final String ADRESSE = "/espace/connexion";

  private PageDeConnexion() {}

  /** Who is not logged in goes to the login page, which brings her back here afterwards (a page read, not a form sent). */
  public static AuthenticationEntryPoint versLaConnexion() {
    return (request, response, exception) -> response.sendRedirect(request.getContextPath() + ADRESSE + suite(request));
  }

  private static String suite(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return "";
    }
    String chemin = request.getRequestURI().substring(request.getContextPath().length())
        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return "/espace/".equals(chemin) ? "" : "?suite=" + URLEncoder.encode(chemin, StandardCharsets.UTF_8);
  }
}
