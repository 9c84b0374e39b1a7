package fr.cpam.demarches;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser-like session on the Camunda webapps (cookies and the anti-CSRF token), for tests
 * that check who may enter Tasklist, Cockpit and Admin without driving a real browser.
 */
public final class SessionWebapp {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final String base;

  public SessionWebapp(String base) {
    this.base = base;
  }

  /** A session of Tasklist, logged in (or the test fails here). */
  public static SessionWebapp tasklist(String base, String utilisateur, String motDePasse) {
    SessionWebapp session = new SessionWebapp(base);
    int statut = session.connecter("tasklist", utilisateur, motDePasse);
    if (statut != 200) {
      throw new AssertionError("Connexion à Tasklist de " + utilisateur + " : HTTP " + statut);
    }
    return session;
  }

  /** The engine API path of the task filter with this name, as Tasklist lists them. */
  public String cheminDuFiltre(String nom) {
    try {
      for (var filtre : new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(get("/camunda/api/engine/engine/default/filter?resourceType=Task").body())) {
        if (filtre.path("name").asText().equals(nom)) {
          return "/camunda/api/engine/engine/default/filter/" + filtre.path("id").asText();
        }
      }
    } catch (IOException e) {
      throw new AssertionError("Liste des filtres illisible", e);
    }
    throw new AssertionError("Pas de filtre « " + nom + " » dans Tasklist");
  }

  /** Logs in to one webapp (tasklist, cockpit, admin); returns the HTTP status of the login. */
  public int connecter(String application, String utilisateur, String motDePasse) {
    return connexion(application, utilisateur, motDePasse).statusCode();
  }

  /** Logs in to one webapp and returns the whole answer (the login page shows its message). */
  public HttpResponse<String> connexion(String application, String utilisateur, String motDePasse) {
    envoyer(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + application + "/default/")).GET());
    String formulaire =
        "username=" + URLEncoder.encode(utilisateur, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(motDePasse, StandardCharsets.UTF_8);
    return envoyer(
            HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + application))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", jeton())
                .POST(HttpRequest.BodyPublishers.ofString(formulaire)));
  }

  /** A GET in this session (webapp API or our /api, which accepts the Tasklist session). */
  public HttpResponse<String> get(String chemin) {
    return envoyer(HttpRequest.newBuilder(URI.create(base + chemin)).GET());
  }

  /** A POST in this session, with or without the anti-CSRF token. */
  public HttpResponse<String> post(String chemin, String json, boolean avecJeton) {
    HttpRequest.Builder requete =
        HttpRequest.newBuilder(URI.create(base + chemin))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (avecJeton) {
      requete.header("X-XSRF-TOKEN", jeton());
    }
    return envoyer(requete);
  }

  /** Any request in this session, with the anti-CSRF token: method, content type (or null), raw body (or null). */
  public HttpResponse<String> requete(String methode, String chemin, String typeContenu, byte[] corps) {
    HttpRequest.Builder requete =
        HttpRequest.newBuilder(URI.create(base + chemin))
            .header("X-XSRF-TOKEN", jeton())
            .method(methode, corps == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(corps));
    if (typeContenu != null) {
      requete.header("Content-Type", typeContenu);
    }
    return envoyer(requete);
  }

  /**
   * Sends a form of Mon espace as a browser would: reads the page holding it for its anti-CSRF
   * token, then posts the fields (application/x-www-form-urlencoded).
   */
  public HttpResponse<String> formulaire(String page, String action, java.util.Map<String, String> champs) {
    String html = get(page).body();
    java.util.regex.Matcher jeton = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    StringBuilder corps = new StringBuilder(jeton.find() ? "_csrf=" + URLEncoder.encode(jeton.group(1), StandardCharsets.UTF_8) : "");
    champs.forEach((nom, valeur) -> corps.append(corps.isEmpty() ? "" : "&")
        .append(URLEncoder.encode(nom, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(valeur, StandardCharsets.UTF_8)));
    return envoyer(
        HttpRequest.newBuilder(URI.create(base + action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(corps.toString())));
  }

  /** Logs in on the shared login page (/espace/connexion); returns its answer (a redirection when it worked). */
  public HttpResponse<String> connexionEspace(String utilisateur, String code) {
    return formulaire("/espace/connexion", "/espace/connexion", java.util.Map.of("identifiant", utilisateur, "code", code));
  }

  /** A session of Mon espace, logged in on the shared login page (or the test fails here). */
  public static SessionWebapp espace(String base, String utilisateur, String code) {
    SessionWebapp session = new SessionWebapp(base);
    HttpResponse<String> reponse = session.connexionEspace(utilisateur, code);
    if (reponse.statusCode() != 302) {
      throw new AssertionError("Connexion à Mon espace de " + utilisateur + " : HTTP " + reponse.statusCode());
    }
    return session;
  }

  private String jeton() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse("");
  }

  private HttpResponse<String> envoyer(HttpRequest.Builder requete) {
    try {
      return client.send(requete.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
