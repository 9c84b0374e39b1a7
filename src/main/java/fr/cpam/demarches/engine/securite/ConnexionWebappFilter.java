package fr.cpam.demarches.engine.securite;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cpam.demarches.engine.interne.VerrouConnexion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The login page of Tasklist, Cockpit and Admin, as a person would want it.
 *
 * <p>Camunda answers every refused login with an empty 401 or 403, and the page then shows one
 * message for all cases. This filter counts wrong codes ({@link VerrouConnexion}: growing delays,
 * then a lock that ends by itself, the same for known and unknown identifiers) and says in French
 * when a try must wait, or when the code was right but this person's role does not open this
 * application (an analyst in Tasklist, a citizen in Cockpit). For a plain wrong code the page
 * keeps its own message (locale key {@code PAGE_LOGIN_ERROR_MSG}), the same for an unknown login.
 *
 * <p>A citizen may type the NIR with spaces, as printed on the carte Vitale: they are removed.
 */
@Component
class ConnexionWebappFilter extends OncePerRequestFilter {

  private static final Pattern CONNEXION = Pattern.compile(".*/api/admin/auth/user/[^/]+/login/([a-z]+)/?");
  private static final Map<String, String> APPLICATIONS =
      Map.of("tasklist", "Tâches (Tasklist)", "cockpit", "Cockpit", "admin", "Administration (Admin)", "welcome", "Accueil");

  private final VerrouConnexion verrou;
  private final ObjectMapper json;

  ConnexionWebappFilter(VerrouConnexion verrou, ObjectMapper json) {
    this.verrou = verrou;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !CONNEXION.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Map<String, String> formulaire = lire(request);
    String identifiant = VerrouConnexion.normaliser(formulaire.get("username"));
    formulaire.put("username", identifiant);
    // The code is checked here, the same way for every identifier, known or not (same answer,
    // same work); only a right code goes on to Camunda's login, which opens the session.
    VerrouConnexion.Essai essai = verrou.essayer(identifiant, formulaire.get("password"));
    if (!essai.codeCorrect()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      if (essai.refus().isPresent()) {
        var explication = new ReponseRetenue(response);
        expliquer(explication, "compte-bloque", essai.refus().get());
        explication.copyBodyToResponse();
      }
      return;
    }

    // A one-time code to type: this resource cannot ask for it, the login page does.
    if (essai.codeUniqueRequis()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      var explication = new ReponseRetenue(response);
      expliquer(explication, "code-unique", SecondFacteur.PAR_LA_PAGE_DE_CONNEXION);
      explication.copyBodyToResponse();
      return;
    }

    var reponse = new ReponseRetenue(response);
    chain.doFilter(new FormulaireRejoue(request, formulaire), reponse);
    if (reponse.getContentSize() == 0 && reponse.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
      Matcher m = CONNEXION.matcher(request.getRequestURI());
      String application = m.matches() ? APPLICATIONS.getOrDefault(m.group(1), m.group(1)) : "cette application";
      expliquer(
          reponse,
          "application-non-autorisee",
          "Votre identifiant et votre code sont corrects, mais votre profil ne donne pas accès à "
              + application
              + ". Ouvrez l'application prévue pour votre rôle : Tâches pour les assurés et les agents,"
              + " Cockpit pour les analystes et les superviseurs, Administration pour les administrateurs.");
    }
    reponse.copyBodyToResponse();
  }

  private void expliquer(ContentCachingResponseWrapper reponse, String type, String message) throws IOException {
    reponse.setContentType(MediaType.APPLICATION_JSON_VALUE);
    reponse.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(reponse.getOutputStream(), Map.of("type", type, "message", message));
  }

  private static Map<String, String> lire(HttpServletRequest request) throws IOException {
    String corps = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> champs = new LinkedHashMap<>();
    for (String paire : corps.split("&")) {
      if (!paire.isEmpty()) {
        int egal = paire.indexOf('=');
        String nom = URLDecoder.decode(egal < 0 ? paire : paire.substring(0, egal), StandardCharsets.UTF_8);
        String valeur = egal < 0 ? "" : URLDecoder.decode(paire.substring(egal + 1), StandardCharsets.UTF_8);
        champs.put(nom, valeur);
      }
    }
    return champs;
  }

  /**
   * Keeps Camunda's answer until this filter has added its explanation. Jersey answers a refused
   * login with {@code sendError}, which would hand the response to Spring Boot's error page.
   */
  private static final class ReponseRetenue extends ContentCachingResponseWrapper {
    ReponseRetenue(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int statut) {
      setStatus(statut);
    }

    @Override
    public void sendError(int statut, String message) {
      setStatus(statut);
    }
  }

  /** The login form, read here, given again to Camunda's login resource. */
  private static final class FormulaireRejoue extends HttpServletRequestWrapper {
    private final byte[] corps;

    FormulaireRejoue(HttpServletRequest request, Map<String, String> formulaire) {
      super(request);
      this.corps =
          formulaire.entrySet().stream()
              .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                  + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"))
              .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream octets = new ByteArrayInputStream(corps);
      return new ServletInputStream() {
        @Override
        public int read() {
          return octets.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return octets.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return octets.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return corps.length;
    }

    @Override
    public long getContentLengthLong() {
      return corps.length;
    }
  }
}
