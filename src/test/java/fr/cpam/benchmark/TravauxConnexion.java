package fr.cpam.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logging in, as a person does it in a fresh browser (no cookie yet), each way against the bare
 * engine's own Tasklist login (its page, then its login form: the same two requests).
 *
 * <ul>
 *   <li>{@code connexion.code}: the login page, then the NIR and the personal code (Claire).
 *   <li>{@code connexion.code-unique}: the same, then the 6-digit code read from the e-mail (sent
 *       by the application to this benchmark's own SMTP server, {@link #boite}), its page and its
 *       form; a citizen of her own per cycle in progress, switched on for this workload only.
 *   <li>{@code connexion.franceconnect}: the way to the demo's simulated provider, Claire chosen on
 *       its page, the return (code exchanged, identity matched, session opened).
 * </ul>
 *
 * A cycle counts when it ends logged in (the redirect to Mon espace); anything else throws.
 */
final class TravauxConnexion {

  /** Citizens of the one-time code workload, created by the target after those of the procedures. */
  static final int CITOYENS = 32;
  static final String UTILISATEUR_NU = "bancconnexion"; // the bare engine keeps Camunda's default ids: letters and digits
  static final String MOT_DE_PASSE_NU = "Banc-connexion-2026";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");
  private static final String CLAIMS_CLAIRE = "{\"given_name\":\"Claire Marie\",\"family_name\":\"MARTIN\",\"birthdate\":\"1985-04-12\","
      + "\"gender\":\"female\",\"birthplace\":\"75112\",\"birthcountry\":\"99100\",\"email\":\"claire.dubois@example.fr\",\"acr\":\"eidas1\"}";

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
  private final List<Travaux.Travail> travaux = new ArrayList<>();
  private final GreenMail boite;

  /** The citizen's address of the n-th one-time code citizen. */
  static String email(String identifiant) {
    return "banc-" + identifiant + "@example.fr";
  }

  /** The engine user ids of the one-time code citizens (see {@code Cible}). */
  static List<String> citoyens() {
    List<String> ids = new ArrayList<>();
    for (int n = TravauxProcedures.ASSURES + 1; n <= TravauxProcedures.ASSURES + CITOYENS; n++) {
      ids.add(fr.cpam.demarches.performance.NouveauxAssures.identifiant(n));
    }
    return ids;
  }

  TravauxConnexion(int portNu, int portApplication, GreenMail boite) {
    this.boite = boite;
    String nu = "http://localhost:" + portNu;
    String application = "http://localhost:" + portApplication;
    Charge.Cycle moteurNu = () -> {
      Navigation n = new Navigation();
      n.get(nu + "/camunda/app/tasklist/default/");
      HttpResponse<String> r = n.poster(nu + "/camunda/api/admin/auth/user/default/login/tasklist",
          Map.of("username", UTILISATEUR_NU, "password", MOT_DE_PASSE_NU), n.cookie("XSRF-TOKEN"));
      attendu(r, 200, null);
      return 2;
    };
    travaux.add(new Travaux.Travail("connexion.code", "Connexion : page, puis NIR et code personnel (nu : Tasklist)", 200,
        Map.of(Travaux.NU, moteurNu, Travaux.APPLICATION, () -> {
          Navigation n = new Navigation();
          seConnecter(n, application, Travaux.CLAIRE, Travaux.CLAIRE_CODE, "/espace/");
          return 2;
        }),
        Map.of()));
    BlockingQueue<String> libres = new LinkedBlockingQueue<>(citoyens());
    travaux.add(new Travaux.Travail("connexion.code-unique", "Connexion avec le code à usage unique : code personnel, courriel, code", 100,
        Map.of(Travaux.APPLICATION, () -> {
          String identifiant = libres.take();
          try {
            Navigation n = new Navigation();
            seConnecter(n, application, identifiant, fr.cpam.demarches.performance.NouveauxAssures.CODE, "/espace/connexion/code-unique");
            String code = codeRecu(email(identifiant));
            String page = n.get(application + "/espace/connexion/code-unique").body();
            attendu(n.poster(application + "/espace/connexion/code-unique", Map.of("code", code), jeton(page)), 302, "/espace/");
            return 4;
          } finally {
            libres.add(identifiant);
          }
        }),
        Map.of()));
    travaux.add(new Travaux.Travail("connexion.franceconnect", "Connexion par FranceConnect (fournisseur simulé de la démo) : aller, choix de Claire, retour", 100,
        Map.of(Travaux.APPLICATION, () -> {
          Navigation n = new Navigation();
          HttpResponse<String> aller = n.get(application + "/connexion/franceconnect/autorisation/franceconnect");
          String fournisseur = attendu(aller, 302, null);
          HttpResponse<String> choix = n.poster(fournisseur, Map.of("username", "banc-claire", "claims", CLAIMS_CLAIRE), null);
          String retour = attendu(choix, 302, "/connexion/franceconnect/retour");
          attendu(n.get(retour), 302, "/espace/");
          return 3;
        }),
        Map.of()));
  }

  List<Travaux.Travail> liste() {
    return travaux;
  }

  private void seConnecter(Navigation n, String application, String identifiant, String code, String suite) throws Exception {
    String page = n.get(application + "/espace/connexion").body();
    attendu(n.poster(application + "/espace/connexion", Map.of("identifiant", identifiant, "code", code), jeton(page)), 302, suite);
  }

  /** The one-time code of the e-mail just sent to this address (taken out of the mailbox). */
  private String codeRecu(String adresse) throws Exception {
    long fin = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < fin) {
      var utilisateur = boite.getUserManager().getUserByEmail(adresse);
      if (utilisateur != null) {
        var dossier = boite.getManagers().getImapHostManager().getInbox(utilisateur);
        List<MimeMessage> messages = dossier.getMessages().stream().map(m -> m.getMimeMessage()).toList();
        if (!messages.isEmpty()) {
          dossier.deleteAllMessages();
          Matcher m = CODE.matcher(String.valueOf(messages.get(messages.size() - 1).getContent()));
          if (m.find()) {
            return m.group(1);
          }
        }
      }
      Thread.sleep(1);
    }
    throw new IllegalStateException("Aucun code reçu pour " + adresse);
  }

  private static String jeton(String page) {
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("Page sans jeton anti-CSRF");
    }
    return m.group(1);
  }

  /** Checks the status (and, for a redirect, where it leads); returns the redirect's address. */
  private static String attendu(HttpResponse<String> r, int statut, String vers) {
    String location = r.headers().firstValue("Location").orElse("");
    if (r.statusCode() != statut || (vers != null && !location.contains(vers))) {
      throw new IllegalStateException(r.request().method() + " " + r.request().uri().getPath() + " → " + r.statusCode() + " " + location);
    }
    return location;
  }

  /** One browser: its cookies, kept by hand (a client per cycle would cost more than the login). */
  private final class Navigation {
    private final Map<String, String> cookies = new LinkedHashMap<>();

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
      return envoyer(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET());
    }

    /** A form; {@code jeton}: Spring's _csrf field, or the webapps' X-XSRF-TOKEN header for the bare engine. */
    HttpResponse<String> poster(String url, Map<String, String> champs, String jeton) throws IOException, InterruptedException {
      Map<String, String> tous = new LinkedHashMap<>(champs);
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded");
      if (jeton != null && url.contains("/camunda/api/")) {
        b.header("X-XSRF-TOKEN", jeton);
      } else if (jeton != null) {
        tous.put("_csrf", jeton);
      }
      StringBuilder corps = new StringBuilder();
      tous.forEach((k, v) -> corps.append(corps.length() == 0 ? "" : "&")
          .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return envoyer(b.POST(HttpRequest.BodyPublishers.ofString(corps.toString())));
    }

    String cookie(String nom) {
      return cookies.get(nom);
    }

    private HttpResponse<String> envoyer(HttpRequest.Builder b) throws IOException, InterruptedException {
      if (!cookies.isEmpty()) {
        StringBuilder c = new StringBuilder();
        cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        b.header("Cookie", c.toString());
      }
      HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      for (String s : r.headers().allValues("Set-Cookie")) {
        String paire = s.split(";", 2)[0];
        int egal = paire.indexOf('=');
        if (egal > 0) {
          cookies.put(paire.substring(0, egal).trim(), paire.substring(egal + 1).trim());
        }
      }
      return r;
    }
  }
}
