package fr.cpam.demarches.commun;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the server renders the errors of other requests; called directly it
 * has no error to render and Spring Boot would answer 500. A direct call gets 404, as any
 * address that serves nothing. (A {@code OncePerRequestFilter} does not run on the error
 * dispatches themselves.)
 */
@Component
class AdresseErreurFilter extends OncePerRequestFilter {

  private final ObjectMapper json;

  AdresseErreurFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !(request.getContextPath() + "/error").equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    response.setCharacterEncoding("UTF-8");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    String[] libelle = Problemes.libelle(HttpStatus.NOT_FOUND);
    var probleme = Problemes.probleme(HttpStatus.NOT_FOUND, libelle[0], libelle[1], "Aucun service n'existe à cette adresse.", List.of());
    json.writeValue(response.getOutputStream(), probleme);
  }
}
