package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our French translation of each webapp says everything Camunda's English says: same keys, same
 * placeholders, nothing left in English. When Camunda is upgraded, a new key fails here first.
 */
class TraductionsWebappsTest {

  private static final String WEBAPPS = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PARAMETRE = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

  /** Values that are the same word in French (technical terms, symbols, names). */
  private static final Set<String> MEMES_MOTS_EN_FRANCAIS = Set.of(
      "", " OK", " instances.", "<", "<=", ">", ">=", "<version>", "Action", "Actions", "Active", "Annotation",
      "Application", "Applications", "CSV", "Cockpit", "Configuration", "Date", "Description", "Documentation",
      "Double", "Exception", "ID", "ID*", "Incident : ID", "Incidents", "Instance", "JSON", "Job", "Jobs", "Max",
      "Message", "Migration", "Min", "Notification", "OK", "Optimize", "Options", "Source", "Total", "Type",
      "Types", "Variable", "Variable / {{variableName}}", "Variables", "Version", "instance", "instances", "null",
      "requestPayload", "s", "{{count}} jobs");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void la_traduction_francaise_a_toutes_les_cles_de_l_anglais(String application) throws IOException {
    Map<String, String> anglais = libelles(application, "en");
    Map<String, String> francais = libelles(application, "fr");

    assertThat(francais.keySet()).containsExactlyInAnyOrderElementsOf(anglais.keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void la_traduction_garde_les_parametres_et_ne_laisse_rien_en_anglais(String application) throws IOException {
    Map<String, String> anglais = libelles(application, "en");
    Map<String, String> francais = libelles(application, "fr");
    List<String> defauts = new ArrayList<>();
    anglais.forEach((cle, en) -> {
      String fr = francais.getOrDefault(cle, en);
      if (!parametres(en).equals(parametres(fr))) {
        defauts.add(cle + " : paramètres différents");
      }
      if (fr.equals(en) && !MEMES_MOTS_EN_FRANCAIS.contains(en)) {
        defauts.add(cle + " : resté en anglais « " + en + " »");
      }
    });
    assertThat(defauts).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void chaque_application_parle_francais_par_defaut_et_garde_l_anglais(String application) throws IOException {
    String configuration = texte(WEBAPPS + application + "/scripts/config.js");

    assertThat(configuration)
        .contains("availableLocales: ['fr', 'en']")
        .contains("fallbackLocale: 'fr'")
        .contains("vendor: 'Démarches CPAM –'");
  }

  @org.junit.jupiter.api.Test
  void la_page_de_connexion_dit_quoi_saisir_et_previent_du_blocage() throws IOException {
    Map<String, String> tasklist = libelles("tasklist", "fr");

    assertThat(tasklist.get("PAGE_LOGIN_USERNAME"))
        .isEqualTo("Numéro de sécurité sociale (13 chiffres, sans la clé) ou identifiant agent");
    assertThat(tasklist.get("PAGE_LOGIN_PASSWORD")).isEqualTo("Code personnel ou mot de passe");
    assertThat(tasklist.get("PAGE_LOGIN_ERROR_MSG"))
        .isEqualTo("Identifiant ou code incorrect. Après 5 essais erronés, la connexion est bloquée 15 minutes :"
            + " patientez, demandez un nouveau code (« Code oublié ») ou appelez votre CPAM au 3646.");
  }

  private Map<String, String> libelles(String application, String langue) throws IOException {
    JsonNode racine = json.readTree(texte(WEBAPPS + application + "/locales/" + langue + ".json"));
    Map<String, String> libelles = new TreeMap<>();
    racine.path("labels").fields().forEachRemaining(e -> libelles.put(e.getKey(), e.getValue().asText()));
    assertThat(libelles).as("libellés %s de %s", langue, application).isNotEmpty();
    return libelles;
  }

  private static List<String> parametres(String texte) {
    List<String> noms = new ArrayList<>();
    Matcher m = PARAMETRE.matcher(texte);
    while (m.find()) {
      noms.add(m.group(1));
    }
    noms.sort(String::compareTo);
    return noms;
  }

  private static String texte(String ressource) throws IOException {
    try (InputStream flux = TraductionsWebappsTest.class.getClassLoader().getResourceAsStream(ressource)) {
      assertThat(flux).as(ressource).isNotNull();
      // Camunda's English files begin with a byte order mark.
      return new String(flux.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    }
  }
}
