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
