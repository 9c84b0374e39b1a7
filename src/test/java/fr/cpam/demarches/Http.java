package fr.cpam.demarches;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Real HTTP calls to the application under test (our API goes through Spring MVC, the engine
 * REST API through Jersey: only real HTTP reaches both). {@code http.en("agent.droits", "demo")}
 * then {@code .get("/api/...")}; {@code http.anonyme()} for no credentials.
 */
@Component
public class Http {

  /** The demo logins: citizens log in with 13 NIR characters and their code, staff with "demo". */
  public static final String CLAIRE = "2850475112345";
  public static final String CLAIRE_CODE = "4821";
  public static final String MARC = "1780169123456";
  public static final String MARC_CODE = "7315";
  public static final String INES = "2920213055123";
  public static final String INES_CODE = "2684";

  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final Environment environnement;

  Http(Environment environnement) {
    this.environnement = environnement;
  }

  public Client en(String utilisateur, String motDePasse) {
    return new Client(
        "Basic " + Base64.getEncoder().encodeToString((utilisateur + ":" + motDePasse).getBytes(StandardCharsets.UTF_8)));
  }

  /** A staff member of the demo (password "demo") or a citizen of the demo (their code). */
  public Client en(String utilisateur) {
    return switch (utilisateur) {
      case CLAIRE -> en(CLAIRE, CLAIRE_CODE);
      case MARC -> en(MARC, MARC_CODE);
      case INES -> en(INES, INES_CODE);
      default -> en(utilisateur, "demo");
    };
  }

  public Client anonyme() {
    return new Client(null);
  }

  public String url(String chemin) {
    return "http://localhost:" + environnement.getProperty("local.server.port") + chemin;
  }

  /** A part of a {@code multipart/form-data} body: a field ({@code nomFichier} null) or a file. */
  public record Partie(String nom, String nomFichier, String type, byte[] contenu) {
    public static Partie json(String nom, String json) {
      return new Partie(nom, null, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** An answer: status, content type and body (parsed as JSON when it is JSON). */
  public record Reponse(int statut, String typeContenu, String corps, JsonNode json) {
    public String detail() {
      return json == null ? null : json.path("detail").asText(null);
    }
  }

  public final class Client {
    private final String autorisation;

    private Client(String autorisation) {
      this.autorisation = autorisation;
    }

    public Reponse get(String chemin) {
      return envoyer(requete(chemin).GET());
    }

    public Reponse post(String chemin, Object corps) {
      return envoyer(
          requete(chemin)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(corps instanceof String s ? s : ecrire(corps))));
    }

    public Reponse post(String chemin, String typeContenu, byte[] corps) {
      return envoyer(requete(chemin).header("Content-Type", typeContenu).POST(HttpRequest.BodyPublishers.ofByteArray(corps)));
    }

    /** A {@code multipart/form-data} POST, as a browser sends a form with files. */
    public Reponse multipart(String chemin, List<Partie> parties) {
      String frontiere = "----frontiere" + System.nanoTime();
      java.io.ByteArrayOutputStream corps = new java.io.ByteArrayOutputStream();
      for (Partie p : parties) {
        corps.writeBytes(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"" + p.nom() + "\""
            + (p.nomFichier() == null ? "" : "; filename=\"" + p.nomFichier() + "\"") + "\r\nContent-Type: " + p.type() + "\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        corps.writeBytes(p.contenu());
        corps.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      corps.writeBytes(("--" + frontiere + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return post(chemin, "multipart/form-data; boundary=" + frontiere, corps.toByteArray());
    }

    /** A POST answered in HAL, as Tasklist asks for its task lists (variables embedded). */
    public Reponse postHal(String chemin, String corps) {
      return envoyer(
          requete(chemin)
              .header("Content-Type", "application/json")
              .header("Accept", "application/hal+json")
              .POST(HttpRequest.BodyPublishers.ofString(corps)));
    }

    public Reponse put(String chemin, Object corps) {
      return envoyer(
          requete(chemin)
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(corps instanceof String s ? s : ecrire(corps))));
    }

    public Reponse delete(String chemin) {
      return envoyer(requete(chemin).DELETE());
    }

    /** Any request: method, content type (or null) and raw body (or null). */
    public Reponse requete(String methode, String chemin, String typeContenu, byte[] corps) {
      HttpRequest.Builder b = requete(chemin);
      if (typeContenu != null) {
        b.header("Content-Type", typeContenu);
      }
      return envoyer(b.method(methode, corps == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(corps)));
    }

    /** The raw bytes of an answer (a PDF, for example). */
    public HttpResponse<byte[]> octets(String chemin) {
      try {
        return client.send(requete(chemin).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }

    private HttpRequest.Builder requete(String chemin) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(chemin)));
      if (autorisation != null) {
        b.header("Authorization", autorisation);
      }
      return b;
    }

    private Reponse envoyer(HttpRequest.Builder requete) {
      try {
        HttpResponse<String> r = client.send(requete.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String type = r.headers().firstValue("Content-Type").orElse("");
        JsonNode corps = null;
        if (type.contains("json") && !r.body().isBlank()) {
          corps = json.readTree(r.body());
        }
        return new Reponse(r.statusCode(), type, r.body(), corps);
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private String ecrire(Object corps) {
    try {
      return json.writeValueAsString(corps);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
