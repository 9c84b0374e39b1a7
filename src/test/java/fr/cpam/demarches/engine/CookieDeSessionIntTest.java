package fr.cpam.demarches.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The session cookie of the webapps: set once, at login, {@code HttpOnly} and {@code SameSite=Lax},
 * {@code Secure} behind the HTTPS proxy (its {@code X-Forwarded-Proto}); the calls a Tasklist page
 * makes to our API in parallel keep that session and set no cookie.
 */
@TestIntegration
class CookieDeSessionIntTest {

  @Autowired Http http;

  private final HttpClient client = HttpClient.newHttpClient();

  /** The session cookie and the anti-CSRF token of a Tasklist login, with its Set-Cookie headers. */
  record Connexion(String session, String jeton, List<String> cookies) {}

  private Connexion connecter(String proto) throws Exception {
    HttpRequest.Builder page = HttpRequest.newBuilder(URI.create(http.url("/camunda/app/tasklist/default/"))).GET();
    if (proto != null) {
      page.header("X-Forwarded-Proto", proto);
    }
    HttpResponse<String> accueil = client.send(page.build(), HttpResponse.BodyHandlers.ofString());
    String jeton = valeur(accueil.headers().allValues("Set-Cookie"), "XSRF-TOKEN");
    String sessionAvant = valeur(accueil.headers().allValues("Set-Cookie"), "JSESSIONID");
    HttpRequest.Builder login =
        HttpRequest.newBuilder(URI.create(http.url("/camunda/api/admin/auth/user/default/login/tasklist")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", jeton)
            .header("Cookie", "JSESSIONID=" + sessionAvant + "; XSRF-TOKEN=" + jeton)
            .POST(HttpRequest.BodyPublishers.ofString(
                "username=" + URLEncoder.encode(Http.CLAIRE, StandardCharsets.UTF_8) + "&password=" + Http.CLAIRE_CODE));
    if (proto != null) {
      login.header("X-Forwarded-Proto", proto);
    }
    HttpResponse<String> reponse = client.send(login.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(200);
    List<String> cookies = reponse.headers().allValues("Set-Cookie");
    String session = valeur(cookies, "JSESSIONID");
    return new Connexion(session == null ? sessionAvant : session, jeton, cookies);
  }

  @Test
  void le_cookie_de_session_est_httponly_et_samesite_lax_et_secure_derriere_https() throws Exception {
    Connexion http = connecter(null);
    String cookie = http.cookies().stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

    Connexion https = connecter("https");
    String securise = https.cookies().stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(securise).contains("HttpOnly", "Secure").containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void les_appels_paralleles_d_une_page_tasklist_a_notre_api_gardent_la_session() throws Exception {
    Connexion connexion = connecter(null);
    List<CompletableFuture<HttpResponse<String>>> appels = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      for (String chemin : List.of("/api/moi", "/api/messagerie/conversations", "/api/notifications", "/api/cartes-vitale")) {
        appels.add(client.sendAsync(
            HttpRequest.newBuilder(URI.create(http.url(chemin)))
                .header("Cookie", "JSESSIONID=" + connexion.session() + "; XSRF-TOKEN=" + connexion.jeton())
                .GET().build(),
            HttpResponse.BodyHandlers.ofString()));
      }
    }
    for (CompletableFuture<HttpResponse<String>> appel : appels) {
      HttpResponse<String> reponse = appel.get();
      assertThat(reponse.statusCode()).as(reponse.uri() + " " + reponse.body()).isEqualTo(200);
      assertThat(reponse.headers().allValues("Set-Cookie")).as(reponse.uri().toString()).noneMatch(c -> c.startsWith("JSESSIONID="));
    }
    // And the session still opens Tasklist's engine API afterwards.
    HttpResponse<String> taches = client.send(
        HttpRequest.newBuilder(URI.create(http.url("/camunda/api/engine/engine/default/task/count")))
            .header("Cookie", "JSESSIONID=" + connexion.session() + "; XSRF-TOKEN=" + connexion.jeton()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(taches.statusCode()).isEqualTo(200);
  }

  private static String valeur(List<String> cookies, String nom) {
    return cookies.stream().filter(c -> c.startsWith(nom + "=")).map(c -> c.substring(nom.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .findFirst().orElse(null);
  }
}
