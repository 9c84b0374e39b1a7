package fr.cpam.demarches;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without scripts on our server-rendered pages: keeps its cookies, reads the anti-CSRF
 * token of the last form it was shown, posts forms, does not follow redirects (tests look at them).
 * {@code adresse} is the client's address as the proxy says it ({@code X-Forwarded-For}), so that
 * tests do not share the limits per requesting address.
 */
public final class NavigateurSansScript {

  private static final Pattern JETON = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final String base;
  private final String adresse;
  private String jeton = "";

  public NavigateurSansScript(String base, String adresse) {
    this.base = base;
    this.adresse = adresse;
  }

  /** A browser from an address drawn in {@code reseau} ("10.25"): one test's tries do not count in another's limits. */
  public static NavigateurSansScript auHasard(String base, String reseau) {
    var hasard = java.util.concurrent.ThreadLocalRandom.current();
    return new NavigateurSansScript(base, reseau + "." + hasard.nextInt(256) + "." + hasard.nextInt(256));
  }

  public HttpResponse<String> get(String chemin) {
    return envoyer(requete(chemin).GET());
  }

  /** As a page's script would: asking for JSON (Tasklist's own API, e.g. who is logged in). */
  public HttpResponse<String> getJson(String chemin) {
    return envoyer(requete(chemin).setHeader("Accept", "application/json").GET());
  }

  /** Posts a form with the token of the last page read (none when {@code avecJeton} is false). */
  public HttpResponse<String> poster(String chemin, Map<String, String> champs, boolean avecJeton) {
    Map<String, String> tous = new LinkedHashMap<>(champs);
    if (avecJeton) {
      tous.put("_csrf", jeton);
    }
    String corps = tous.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return envoyer(requete(chemin)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(corps)));
  }

  public HttpResponse<String> poster(String chemin, Map<String, String> champs) {
    return poster(chemin, champs, true);
  }

  /** A form whose fields may repeat (boxes ticked in a list), in order, with the token of the last page read. */
  public HttpResponse<String> poster(String chemin, List<Map.Entry<String, String>> champs) {
    List<Map.Entry<String, String>> tous = new ArrayList<>(champs);
    tous.add(Map.entry("_csrf", jeton));
    String corps = tous.stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return envoyer(requete(chemin)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(corps)));
  }

  private HttpRequest.Builder requete(String chemin) {
    return HttpRequest.newBuilder(URI.create(chemin.startsWith("http") ? chemin : base + chemin))
        .header("X-Forwarded-For", adresse)
        .header("Accept", "text/html");
  }

  private HttpResponse<String> envoyer(HttpRequest.Builder requete) {
    try {
      HttpResponse<String> reponse = client.send(requete.build(), HttpResponse.BodyHandlers.ofString());
      Matcher m = JETON.matcher(reponse.body());
      if (m.find()) {
        jeton = m.group(1);
      }
      return reponse;
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
