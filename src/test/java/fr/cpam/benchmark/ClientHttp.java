package fr.cpam.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's HTTP client: a person calling the application as a browser or an API client
 * would, with HTTP Basic ({@link #basic}), a Tasklist session ({@link #sessionTasklist}), the session of
 * the server-rendered pages ({@link #pages}) or no
 * credentials (the bare engine). A status other than 2xx is an error of the cycle.
 */
final class ClientHttp {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient client;
  private final String autorisation;
  private final CookieManager cookies;

  private ClientHttp(String base, CookieManager cookies, String autorisation) {
    this(base, cookies, autorisation, false);
  }

  private ClientHttp(String base, CookieManager cookies, String autorisation, boolean suitLesRedirections) {
    this.base = base;
    this.cookies = cookies;
    this.client = nouveauClient(cookies, suitLesRedirections);
    this.autorisation = autorisation;
  }

  static ClientHttp anonyme(int port) {
    return new ClientHttp(url(port), null, null);
  }

  static ClientHttp basic(int port, String utilisateur, String motDePasse) {
    String jeton = Base64.getEncoder().encodeToString((utilisateur + ":" + motDePasse).getBytes(StandardCharsets.UTF_8));
    return new ClientHttp(url(port), null, "Basic " + jeton);
  }

  /** Logs in to Tasklist as the webapp does and keeps its session and anti-CSRF token. */
  static ClientHttp sessionTasklist(int port, String utilisateur, String motDePasse) {
    CookieManager cookies = new CookieManager();
    ClientHttp c = new ClientHttp(url(port), cookies, null);
    c.get("/camunda/app/tasklist/default/");
    c.envoyer(
        c.requete("/camunda/api/admin/auth/user/default/login/tasklist")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(
                "username=" + URLEncoder.encode(utilisateur, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(motDePasse, StandardCharsets.UTF_8))));
    c.get("/camunda/api/engine/engine/default/user/" + URLEncoder.encode(utilisateur, StandardCharsets.UTF_8) + "/profile");
    return c;
  }

  /**
   * Logs in on the login page of the server-rendered pages as a browser without script does, keeps
   * the session and follows redirects; {@link #formulaire} then posts a form with the anti-CSRF
   * token of the last page read.
   */
  static ClientHttp pages(int port, String utilisateur, String motDePasse) {
    ClientHttp c = new ClientHttp(url(port), new CookieManager(), null, true);
    c.page("/espace/connexion");
    c.formulaire("/espace/connexion", List.of(Map.entry("identifiant", utilisateur), Map.entry("code", motDePasse)));
    return c;
  }

  private static final java.util.regex.Pattern JETON_PAGE = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private volatile String jetonPage = "";

  /** A page's HTML (its form's anti-CSRF token kept for the next {@link #formulaire}). */
  String page(String chemin) {
    return html(requete(chemin).GET());
  }

  /** Posts a form (fields may repeat) with the token of the last page read; the HTML of the answer, redirects followed. */
  String formulaire(String chemin, List<Map.Entry<String, String>> champs) {
    StringBuilder corps = new StringBuilder("_csrf=" + URLEncoder.encode(jetonPage, StandardCharsets.UTF_8));
    for (Map.Entry<String, String> e : champs) {
      corps.append('&').append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return html(requete(chemin).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(corps.toString())));
  }

  private String html(HttpRequest.Builder requete) {
    try {
      HttpRequest r = requete.header("Accept", "text/html").build();
      HttpResponse<String> reponse = client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (reponse.statusCode() / 100 != 2) {
        throw new IllegalStateException(r.method() + " " + r.uri().getPath() + " → " + reponse.statusCode());
      }
      var m = JETON_PAGE.matcher(reponse.body());
      if (m.find()) {
        jetonPage = m.group(1);
      }
      return reponse.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The webapp's anti-CSRF token, as its script reads it from the cookie before each request. */
  private String jetonCsrf() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(k -> k.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue)
        .reduce((a, b) -> b)
        .orElse("");
  }

  JsonNode get(String chemin) {
    return envoyer(requete(chemin).GET());
  }

  JsonNode getHal(String chemin) {
    return envoyer(requete(chemin).header("Accept", "application/hal+json").GET());
  }

  JsonNode post(String chemin, String json) {
    return envoyer(requete(chemin).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  JsonNode delete(String chemin) {
    return envoyer(requete(chemin).DELETE());
  }

  JsonNode postHal(String chemin, String json) {
    return envoyer(
        requete(chemin)
            .header("Content-Type", "application/json")
            .header("Accept", "application/hal+json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder requete(String chemin) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + chemin)).timeout(Duration.ofSeconds(60));
    if (autorisation != null) {
      b.header("Authorization", autorisation);
    }
    if (cookies != null && !jetonCsrf().isEmpty()) {
      b.header("X-XSRF-TOKEN", jetonCsrf());
    }
    return b;
  }

  private JsonNode envoyer(HttpRequest.Builder requete) {
    try {
      HttpRequest r = requete.build();
      HttpResponse<String> reponse = client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (reponse.statusCode() / 100 != 2) {
        String corps = reponse.body();
        throw new IllegalStateException(
            r.method() + " " + r.uri().getPath() + " → " + reponse.statusCode() + " " + corps.substring(0, Math.min(300, corps.length())));
      }
      String corps = reponse.body();
      return corps.isBlank() || !reponse.headers().firstValue("Content-Type").orElse("").contains("json")
          ? JSON.nullNode()
          : JSON.readTree(corps);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpClient nouveauClient(CookieManager cookies, boolean suitLesRedirections) {
    HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
        .followRedirects(suitLesRedirections ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER);
    if (cookies != null) {
      b.cookieHandler(cookies);
    }
    return b.build();
  }

  private static String url(int port) {
    return "http://localhost:" + port;
  }
}
