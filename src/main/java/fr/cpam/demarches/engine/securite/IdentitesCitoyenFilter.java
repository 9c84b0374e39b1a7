package fr.cpam.demarches.engine.securite;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import fr.cpam.demarches.engine.interne.VerrouConnexion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The identity resources of the engine APIs ({@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}), as a citizen reaches them: she sees only herself, and changes
 * nothing of identities.
 *
 * <ul>
 *   <li>Users: the list is hers alone; another person's profile answers as an unknown login
 *       does; the groups of another member, an empty list. So no citizen learns whether a NIR
 *       has an account.
 *   <li>No change: her profile, code, deletion, groups, memberships and authorizations are
 *       refused (403). (The engine grants a user every right on her own user when it is
 *       created; this holds for accounts created before as well.)
 *   <li>{@code POST /identity/verify} checks a code without the login's delays: administrators
 *       only, for everyone.
 * </ul>
 * An administrator's unlock of a user ({@code POST /user/{id}/unlock}, Admin's "Débloquer
 * l'utilisateur") also ends the login delays of {@link VerrouConnexion}.
 */
@Component
class IdentitesCitoyenFilter extends OncePerRequestFilter {

  private static final Pattern MOTEUR = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)$");
  private static final Pattern PROFIL = Pattern.compile("^/user/([^/]+)/profile/?$");
  private static final Pattern DEBLOCAGE = Pattern.compile("^/user/([^/]+)/unlock/?$");
  private static final Pattern IDENTITES = Pattern.compile("^/(user|group|authorization|identity|tenant)(/.*)?$");

  private final VerrouConnexion verrou;
  private final ObjectMapper json;
  private final String moteur;

  IdentitesCitoyenFilter(VerrouConnexion verrou, ObjectMapper json, org.camunda.bpm.engine.ProcessEngine processEngine) {
    this.verrou = verrou;
    this.json = json;
    this.moteur = processEngine.getName();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String chemin = request.getRequestURI().substring(request.getContextPath().length());
    Matcher m = MOTEUR.matcher(chemin);
    return !m.matches() || !IDENTITES.matcher(m.group(1)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher m = MOTEUR.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    m.matches();
    String ressource = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    Optional<Personne> personne = personne(request);
    boolean lecture = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());

    if (ressource.startsWith("/identity/verify") && personne.map(p -> !p.groupes().contains(Groupes.ADMINISTRATEURS)).orElse(false)) {
      refuser(response, "La vérification d'un code est réservée aux administrateurs.");
      return;
    }
    if (personne.isPresent() && personne.get().citoyen()) {
      String moi = personne.get().id();
      if (!lecture && !ressource.startsWith("/identity/password-policy")) {
        refuser(response, "Un assuré ne modifie ni son compte ni ses droits ici : son code se change par « Code oublié » ou à l'accueil de sa CPAM.");
        return;
      }
      Matcher profil = PROFIL.matcher(ressource);
      if (profil.matches() && !profil.group(1).equals(moi)) {
        // The answer of an unknown login, whether this one exists or not.
        ecrire(response, HttpServletResponse.SC_NOT_FOUND,
            Map.of("type", "InvalidRequestException", "message", "User with id " + profil.group(1) + " does not exist"));
        return;
      }
      if (ressource.matches("^/user(/count)?/?$")) {
        chain.doFilter(new RequeteLimitee(request, "id=" + URLEncoder.encode(moi, StandardCharsets.UTF_8)), response);
        return;
      }
      String membre = request.getParameter(ressource.startsWith("/identity/groups") ? "userId" : "member");
      if (membre != null && !membre.equals(moi) && ressource.matches("^/(group(/count)?|identity/groups)/?$")) {
        ecrire(response, HttpServletResponse.SC_OK,
            ressource.startsWith("/identity") ? Map.of("groups", List.of(), "groupUsers", List.of())
                : ressource.contains("count") ? Map.of("count", 0) : List.of());
        return;
      }
    }
    chain.doFilter(request, response);
    Matcher deblocage = DEBLOCAGE.matcher(ressource);
    if (deblocage.matches() && response.getStatus() == HttpServletResponse.SC_NO_CONTENT) {
      verrou.debloquer(deblocage.group(1));
    }
  }

  record Personne(String id, List<String> groupes) {
    boolean citoyen() {
      return groupes.contains(Groupes.ASSURES) && groupes.stream().noneMatch(g -> !g.equals(Groupes.ASSURES));
    }
  }

  /** Who calls: the HTTP Basic or Tasklist-session person of our security, or the webapp's session. */
  private Optional<Personne> personne(HttpServletRequest request) {
    Optional<String> id = UtilisateurConnecte.id();
    if (id.isPresent()) {
      return Optional.of(new Personne(id.get(), UtilisateurConnecte.groupes()));
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentifications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentifications != null && authentifications.getAuthenticationForProcessEngine(moteur) instanceof UserAuthentication u) {
      return Optional.of(new Personne(u.getName(), List.copyOf(u.getGroupIds())));
    }
    return Optional.empty();
  }

  private void refuser(HttpServletResponse response, String message) throws IOException {
    ecrire(response, HttpServletResponse.SC_FORBIDDEN, Map.of("type", "AuthorizationException", "message", message));
  }

  private void ecrire(HttpServletResponse response, int statut, Object corps) throws IOException {
    response.setStatus(statut);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    json.writeValue(response.getOutputStream(), corps);
  }

  /** The same request with another query string (Jersey reads the query from it). */
  private static final class RequeteLimitee extends HttpServletRequestWrapper {
    private final String requete;

    RequeteLimitee(HttpServletRequest request, String requete) {
      super(request);
      this.requete = requete;
    }

    @Override
    public String getQueryString() {
      return requete;
    }

    @Override
    public String getParameter(String nom) {
      String[] valeurs = getParameterValues(nom);
      return valeurs == null ? null : valeurs[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      String[] paire = requete.split("=", 2);
      return Map.of(paire[0], new String[] {URLDecoder.decode(paire[1], StandardCharsets.UTF_8)});
    }

    @Override
    public String[] getParameterValues(String nom) {
      return getParameterMap().get(nom);
    }

    @Override
    public java.util.Enumeration<String> getParameterNames() {
      return java.util.Collections.enumeration(getParameterMap().keySet());
    }
  }
}
