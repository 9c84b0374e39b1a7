package fr.cpam.demarches.engine.securite;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cpam.demarches.commun.Problemes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The 401 and 403 answers of the security filters, as French problem+json. */
final class ReponsesSecurite {

  static final String ROYAUME = "Basic realm=\"demarches-cpam\", charset=\"UTF-8\"";

  private ReponsesSecurite() {}

  static AuthenticationEntryPoint nonAuthentifie(ObjectMapper json) {
    return (request, response, exception) -> {
      String detail =
          exception instanceof LockedException || exception instanceof BadCredentialsException
                  || exception instanceof SecondFacteurRequis
              ? exception.getMessage()
              : "Connectez-vous pour accéder à ce service : numéro de sécurité sociale (13 chiffres)"
                  + " et code personnel, ou identifiant et mot de passe pour les agents.";
      String type = exception instanceof LockedException ? "compte-bloque" : "authentification-requise";
      String titre = exception instanceof LockedException ? "Compte bloqué" : "Authentification requise";
      response.setHeader("WWW-Authenticate", ROYAUME);
      ecrire(json, response, HttpStatus.UNAUTHORIZED, type, titre, detail);
    };
  }

  static AccessDeniedHandler accesRefuse(ObjectMapper json) {
    return (request, response, exception) ->
        ecrire(json, response, HttpStatus.FORBIDDEN, "acces-refuse", "Accès refusé",
            "Votre profil ne permet pas d'accéder à ce service.");
  }

  private static void ecrire(
      ObjectMapper json, HttpServletResponse response, HttpStatus statut, String type, String titre, String detail)
      throws IOException {
    response.setStatus(statut.value());
    response.setCharacterEncoding("UTF-8");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), Problemes.probleme(statut, type, titre, detail, List.of()));
  }
}
