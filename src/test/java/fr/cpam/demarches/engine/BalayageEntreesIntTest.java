package fr.cpam.demarches.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.engine.config.DroitsInitializer;
import fr.cpam.demarches.engine.tasklist.ErreursApiMoteur;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No input answers 5xx: every operation of our API (read from {@code /v3/api-docs}) and every
 * engine resource Tasklist uses (on {@code /engine-rest} and on the webapps' engine API) gets
 * malformed bodies, wrong types, huge, empty and NUL values, bad query parameters, as a citizen,
 * an agent and a sender. The test fails listing each request answered 5xx.
 *
 * <p>The bodies start from nothing (never from a valid example), so nothing is created but on
 * this test's own process ({@code TestBalayage}), whose dossiers and tasks give the real ids.
 *
 * <p>Each input is sent where it can make a difference, and only there: a body that cannot be
 * read (malformed JSON, wrong content type, broken multipart) is refused by the reader before
 * anything depends on who sends it, so it goes once per address, with the first person who
 * reaches it; a query parameter goes to the lists that read it (elsewhere the request is the
 * bare one); a bad id only where the address has one. The persons (and doors) run side by side,
 * each on a dossier of its own. About 3 000 requests.
 */
@TestIntegration
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BalayageEntreesIntTest {

  static final String PROCESSUS = "TestBalayage";
  static final String LONG = "x".repeat(5_000);
  static final String NOM_310 = "n".repeat(306) + ".pdf";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired Http http;
  @Autowired Citoyens citoyens;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired DroitsInitializer droits;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  /** Throwaway logins: the sweep changes and deletes what its own users may. */
  String citoyen;
  String agent;
  static final String CODE = "2580";
  static final String MOT_DE_PASSE = "Vr4c-Lyon-Zx!9";

  String deploiement;

  /** A request and its answer, when it is a 5xx. */
  record Echec(String qui, String methode, String chemin, String typeContenu, String corps, int statut) {
    @Override
    public String toString() {
      String extrait = corps == null ? "" : corps.length() > 80 ? corps.substring(0, 80) + "…" : corps;
      return qui + " " + methode + " " + (chemin.length() > 140 ? chemin.substring(0, 140) + "…" : chemin)
          + " [" + typeContenu + "] " + extrait.replace("\0", "\\0") + " → " + statut;
    }
  }

  @BeforeEach
  void unDossierDeTest() {
    if (deploiement != null) {
      return;
    }
    BpmnModelInstance modele =
        Bpmn.createExecutableProcess(PROCESSUS)
            .camundaHistoryTimeToLive(1)
            .camundaStartableInTasklist(true)
            .startEvent("StartEvent_Recu")
            .camundaInitiator("initiator")
            .parallelGateway("Gateway_Partage")
            .userTask("Task_Citoyen")
            .camundaAssignee("${initiator}")
            .endEvent("EndEvent_Citoyen")
            .moveToNode("Gateway_Partage")
            .userTask("Task_Agent")
            .camundaCandidateGroups(Groupes.ACCUEIL)
            .endEvent("EndEvent_Agent")
            .done();
    modele.<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById(PROCESSUS)
        .setCamundaCandidateStarterGroups(Groupes.ASSURES);
    deploiement =
        repositoryService.createDeployment().name("test-balayage").addModelInstance(PROCESSUS + ".bpmn", modele)
            .deploy().getId();
    droits.afterSingletonsInstantiated();
    citoyen = citoyens.utilisateurMoteur(CODE);
    agent = agentDeTest(citoyen);
  }

  /** A throwaway member of the reception service. */
  private String agentDeTest(String suffixe) {
    String id = "agent.balayage" + suffixe.substring(7);
    var utilisateur = identityService.newUser(id);
    utilisateur.setFirstName("Agent");
    utilisateur.setLastName("BALAYAGE");
    utilisateur.setPassword(MOT_DE_PASSE);
    identityService.saveUser(utilisateur);
    identityService.createMembership(id, Groupes.ACCUEIL);
    return id;
  }

  @AfterAll
  void nettoyer() {
    if (deploiement != null) {
      repositoryService.deleteDeployment(deploiement, true);
    }
  }

  // ---------------------------------------------------------------- our API, from /v3/api-docs

  @Test
  void aucune_operation_de_notre_api_ne_repond_5xx_a_une_entree_mal_formee() throws Exception {
    JsonNode docs = http.en("admin").get("/v3/api-docs").json();
    List<Callable<Balayage>> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = docs.path("paths").fields(); it.hasNext(); ) {
      var chemin = it.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = chemin.getValue().fields(); ops.hasNext(); ) {
        var op = ops.next();
        String methode = op.getKey().toUpperCase();
        List<Requete> essais = requetesApi(docs, chemin.getKey(), op.getValue());
        operations.add(() -> balayerOperation(methode, essais));
      }
    }
    Balayage total = enParallele(operations);
    assertThat(total.requetes()).isGreaterThan(500);
    assertThat(total.echecs()).as("Réponses 5xx de notre API (%d requêtes)", total.requetes()).isEmpty();
    System.out.println("Balayage de l'API : " + total.requetes() + " requêtes");
  }

  /**
   * One operation, as a citizen, an agent and a sender. A role refused before its input is read
   * (401, 403) gets no more than that first request; an unreadable body goes only to the first
   * role that reaches the operation (the reader refuses it before the role matters); the rest,
   * which reaches the operation's code, to every role that reaches it.
   */
  private Balayage balayerOperation(String methode, List<Requete> essais) {
    List<Echec> echecs = new ArrayList<>();
    int requetes = 0;
    boolean atteinte = false;
    for (String qui : List.of(Http.CLAIRE, "agent.prestations", "medecin")) {
      Http.Client client = http.en(qui);
      boolean refusee = false;
      for (Requete r : essais) {
        if (r.illisible() && atteinte) {
          continue;
        }
        requetes++;
        int statut = client.requete(methode, r.chemin(), r.type(), r.corps()).statut();
        if (statut >= 500) {
          echecs.add(new Echec(qui, methode, r.chemin(), r.type(), r.texte(), statut));
        }
        if (r == essais.get(0) && (statut == 401 || statut == 403)) {
          refusee = true;
          break;
        }
      }
      atteinte |= !refusee;
    }
    return new Balayage(requetes, echecs);
  }

  @Test
  void l_adresse_d_erreur_appelee_directement_ne_repond_pas_500() {
    for (Http.Client client : List.of(http.anonyme(), http.en(Http.CLAIRE))) {
      for (String methode : List.of("GET", "POST", "PUT", "DELETE")) {
        var reponse = client.requete(methode, "/error", null, null);
        assertThat(reponse.statut()).as(methode + " /error").isBetween(400, 499);
      }
    }
  }

  // --------------------------------------------------------- the findings of the issue, one by one

  @Test
  void un_multipart_sans_delimitation_repond_400_sur_chacune_des_8_adresses() {
    String tache = nouveauDossierDe(citoyen).get("Task_Citoyen");
    List<String> adresses = List.of(
        "/api/cartes-vitale/declarations/CV-2026-000001/pieces", "/api/cartes-vitale/commandes/CV-2026-000001/pieces",
        "/api/messagerie/messages", "/api/messagerie/conversations/MS-2026-000001/reponses",
        "/engine-rest/task/" + tache + "/attachment/create", "/engine-rest/task/" + tache + "/variables/v/data",
        "/engine-rest/task/" + tache + "/localVariables/v/data", "/engine-rest/deployment/create");
    for (String adresse : adresses) {
      var reponse = http.en(citoyen, CODE).requete("POST", adresse, "multipart/form-data", "x".getBytes(StandardCharsets.UTF_8));
      assertThat(reponse.statut()).as(adresse + " : " + reponse.corps()).isBetween(400, 403);
    }
  }

  @Test
  void une_page_immense_repond_422_en_francais() {
    for (String adresse : List.of("/api/paiements", "/api/notifications", "/api/messagerie/conversations")) {
      var reponse = http.en(Http.CLAIRE).get(adresse + "?page=2147483647");
      assertThat(reponse.statut()).as(adresse).isEqualTo(422);
      assertThat(reponse.detail()).contains("Le numéro de page va de 0 à");
    }
  }

  @Test
  void une_variable_texte_de_plus_de_4000_caracteres_repond_400_en_francais_sans_rien_ecrire() {
    Map<String, String> nouveau = nouveauDossierDe(citoyen);
    String tache = nouveau.get("Task_Citoyen");
    String dossier = nouveau.get("dossier");
    var reponse = http.en("admin").put("/engine-rest/process-instance/" + dossier + "/variables/commentaire",
        Map.of("value", "a".repeat(4_001), "type", "String"));
    assertThat(reponse.statut()).as(reponse.corps()).isEqualTo(400);
    assertThat(reponse.json().path("message").asText()).contains("4 000 caractères").doesNotContain("aaaa");
    assertThat(taskService.getVariable(tache, "commentaire")).isNull();
  }

  @Test
  void un_nom_de_piece_jointe_de_310_caracteres_ou_avec_un_nul_ne_donne_pas_500() {
    // An agent: a citizen adds no attachment at all (403 before the name is read).
    String tache = nouveauDossierDe(citoyen).get("Task_Agent");
    for (String nom : List.of(NOM_310, "a\u0000b.pdf")) {
      var reponse = http.en(agent, MOT_DE_PASSE).requete("POST", "/engine-rest/task/" + tache + "/attachment/create",
          "multipart/form-data; boundary=B",
          ("--B\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\n" + nom
              + "\r\n--B\r\nContent-Disposition: form-data; name=\"content\"; filename=\"" + nom
              + "\"\r\n\r\nx\r\n--B--\r\n").getBytes(StandardCharsets.UTF_8));
      assertThat(reponse.statut()).as(reponse.corps()).isBetween(400, 499);
    }
  }

  @Test
  void une_tache_deja_prise_par_un_autre_agent_repond_409_en_francais() {
    String tache = nouveauDossierDe(citoyen).get("Task_Agent");
    assertThat(http.en(agent, MOT_DE_PASSE).post("/engine-rest/task/" + tache + "/claim", Map.of("userId", agent)).statut())
        .isEqualTo(204);
    var reponse = http.en("agent.accueil").post("/engine-rest/task/" + tache + "/claim", Map.of("userId", "agent.accueil"));
    assertThat(reponse.statut()).as(reponse.corps()).isEqualTo(409);
    assertThat(reponse.json().path("message").asText()).isEqualTo(ErreursApiMoteur.DEJA_PRISE);
    assertThat(taskService.createTaskQuery().taskId(tache).singleResult().getAssignee()).isEqualTo(agent);
  }

  /**
   * One request to send: path with its query, content type, body; unreadable when its body is
   * refused by the reader (malformed JSON, wrong content type, broken multipart), before anything
   * depends on who sends it.
   */
  record Requete(String chemin, String type, byte[] corps, boolean illisible) {
    Requete(String chemin, String type, byte[] corps) {
      this(chemin, type, corps, false);
    }

    String texte() {
      return corps == null ? null : new String(corps, StandardCharsets.UTF_8);
    }

    static Requete json(String chemin, String corps) {
      return new Requete(chemin, "application/json", corps.getBytes(StandardCharsets.UTF_8), ILLISIBLES.contains(corps));
    }
  }

  /**
   * JSON bodies no reader makes an object of. Not an empty body nor {@code null}: the engine's
   * resources get them as a missing object, and go on.
   */
  static final Set<String> ILLISIBLES =
      Set.of("{", "[]", "\"x\"", "{\"variables\":\"x\"}", "{\"a\":" + "[".repeat(2_000) + "}");

  /** How many requests a part of the sweep sent, and those answered 5xx. */
  record Balayage(int requetes, List<Echec> echecs) {}

  /** Runs the parts side by side (two cores are enough to halve the time), and adds them up. */
  static Balayage enParallele(List<Callable<Balayage>> parties) throws Exception {
    ExecutorService executeur = Executors.newFixedThreadPool(3);
    try {
      int requetes = 0;
      List<Echec> echecs = new ArrayList<>();
      for (Future<Balayage> partie : executeur.invokeAll(parties)) {
        requetes += partie.get().requetes();
        echecs.addAll(partie.get().echecs());
      }
      return new Balayage(requetes, echecs);
    } finally {
      executeur.shutdownNow();
    }
  }

  /** The values given to a path parameter: unknown, huge, NUL, number limits. */
  static final List<String> VALEURS_CHEMIN = List.of("IJ-2026-000001", "x".repeat(310), "%00", "99999999999999999999999", "a%2Fb");

  /** The values given to each query parameter. */
  static final List<String> VALEURS_REQUETE = List.of("", "2147483647", "-1", "99999999999999999999999", "%00", LONG, "2026-13-45");

  private List<Requete> requetesApi(JsonNode docs, String modele, JsonNode operation) {
    List<Requete> requetes = new ArrayList<>();
    List<String> parametresChemin = new ArrayList<>();
    List<String> parametresRequete = new ArrayList<>();
    for (JsonNode p : operation.path("parameters")) {
      ("path".equals(p.path("in").asText()) ? parametresChemin : parametresRequete).add(p.path("name").asText());
    }
    String base = remplir(modele, "IJ-2026-000001");
    for (String v : VALEURS_CHEMIN) {
      requetes.add(new Requete(remplir(modele, v), null, null));
    }
    for (String p : parametresRequete) {
      for (String v : VALEURS_REQUETE) {
        requetes.add(new Requete(base + "?" + p + "=" + (v.equals("%00") ? v : URLEncoder.encode(v, StandardCharsets.UTF_8)), null, null));
      }
    }
    requetes.add(new Requete(base + "?page=2147483647&taille=2147483647", null, null));
    JsonNode contenus = operation.path("requestBody").path("content");
    if (contenus.has("application/json")) {
      requetes.addAll(corpsJson(base, proprietes(docs, contenus.path("application/json").path("schema"))));
    }
    if (contenus.has("multipart/form-data")) {
      requetes.addAll(multiparts(base));
    }
    if (!contenus.isMissingNode() && !contenus.isEmpty()) {
      requetes.add(new Requete(base, "text/plain", "x".getBytes(StandardCharsets.UTF_8), true));
      requetes.add(new Requete(base, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8), true));
      requetes.add(new Requete(base, "application/json;charset=inconnu", "{}".getBytes(StandardCharsets.UTF_8), true));
    }
    return requetes;
  }

  private static String remplir(String modele, String valeur) {
    Matcher m = Pattern.compile("\\{[^}]+}").matcher(modele);
    return m.replaceAll(Matcher.quoteReplacement(valeur));
  }

  /** The top-level properties a schema names (resolving a $ref into components). */
  private static List<String> proprietes(JsonNode docs, JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    JsonNode resolu = ref.isEmpty() ? schema : docs.at(ref.substring(1));
    List<String> noms = new ArrayList<>();
    resolu.path("properties").fieldNames().forEachRemaining(noms::add);
    return noms;
  }

  /** Malformed JSON, wrong types, huge, empty and NUL values, from an empty object. */
  static List<Requete> corpsJson(String chemin, List<String> champs) {
    List<Requete> r = new ArrayList<>();
    for (String corps : List.of("", "{", "[]", "null", "\"x\"", "{}", "{\"a\":" + "[".repeat(2_000) + "}", "{\"\u0000\":1}")) {
      r.add(Requete.json(chemin, corps));
    }
    r.add(new Requete(chemin, "application/json", new byte[] {(byte) 0xC3, (byte) 0x28, '{'}, true));
    List<Object> valeurs = List.of(LONG, "\u0000", 2147483648L, 1e308, List.of(), Map.of("a", 1), "2026-02-30");
    for (String champ : champs) {
      for (Object v : valeurs) {
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put(champ, v);
        r.add(Requete.json(chemin, ecrire(corps)));
      }
    }
    return r;
  }

  /** Multipart requests without boundary, empty, with bad parts and bad file names. */
  static List<Requete> multiparts(String chemin) {
    List<Requete> r = new ArrayList<>();
    r.add(sansDelimitation(chemin));
    r.add(new Requete(chemin, "multipart/form-data; boundary=", new byte[0], true));
    r.add(new Requete(chemin, "multipart/form-data; boundary=B", new byte[0], true));
    r.add(new Requete(chemin, "multipart/form-data; boundary=B", "--B\r\nsans fin".getBytes(StandardCharsets.UTF_8), true));
    for (String nom : List.of("a\u0000b.pdf", NOM_310, "", "../../etc/passwd")) {
      r.add(multipart(chemin, Map.of("message", "{", "photo", "", "data", "x", "pieceIdentite", "", "piecesJointes", ""), nom));
      r.add(multipart(chemin, Map.of("message", "{\"texte\":\"" + LONG + "\"}", "data", "x"), nom));
    }
    return r;
  }

  /** A multipart body without its boundary (the 8 addresses of the issue answered 500). */
  static Requete sansDelimitation(String chemin) {
    return new Requete(chemin, "multipart/form-data", "x".getBytes(StandardCharsets.UTF_8), true);
  }

  static Requete multipart(String chemin, Map<String, String> parties, String nomFichier) {
    StringBuilder corps = new StringBuilder();
    parties.forEach((nom, valeur) -> {
      corps.append("--B\r\nContent-Disposition: form-data; name=\"").append(nom).append('"');
      if (!"message".equals(nom)) {
        corps.append("; filename=\"").append(nomFichier).append('"');
      }
      corps.append("\r\nContent-Type: ").append("message".equals(nom) ? "application/json" : "application/pdf")
          .append("\r\n\r\n").append(valeur).append("\r\n");
    });
    corps.append("--B--\r\n");
    return new Requete(chemin, "multipart/form-data; boundary=B", corps.toString().getBytes(StandardCharsets.UTF_8));
  }

  // ------------------------------------------------- the engine resources that Tasklist uses

  /**
   * The engine resources Tasklist (and the citizen's and agent's pages) call, with their
   * methods; {@code {tache}}, {@code {dossier}} and {@code {definition}} become real ids.
   */
  static final List<String> RESSOURCES_MOTEUR =
      List.of(
          "GET /task", "POST /task", "GET /task/count", "POST /task/count",
          "GET /task/{tache}", "PUT /task/{tache}",
          "GET /task/{tache}/form", "GET /task/{tache}/form-variables", "GET /task/{tache}/deployed-form",
          "GET /task/{tache}/rendered-form", "GET /task/{tache}/variables", "POST /task/{tache}/variables",
          "PUT /task/{tache}/variables/v", "GET /task/{tache}/variables/v", "DELETE /task/{tache}/variables/v",
          "PUT /task/{tache}/localVariables/v", "POST /task/{tache}/variables/v/data",
          "POST /task/{tache}/localVariables/v/data",
          "POST /task/{tache}/claim", "POST /task/{tache}/unclaim", "POST /task/{tache}/assignee",
          "POST /task/{tache}/delegate",
          "GET /task/{tache}/identity-links", "POST /task/{tache}/identity-links", "POST /task/{tache}/identity-links/delete",
          "GET /task/{tache}/comment", "POST /task/{tache}/comment/create",
          "GET /task/{tache}/attachment", "POST /task/{tache}/attachment/create",
          "GET /filter", "GET /filter/count", "POST /filter/create",
          "GET /process-definition", "GET /process-definition/count", "GET /process-definition/{definition}",
          "GET /process-definition/{definition}/xml", "GET /process-definition/{definition}/startForm",
          "GET /process-definition/{definition}/form-variables", "GET /process-definition/{definition}/deployed-start-form",
          "POST /process-definition/{definition}/start", "POST /process-definition/{definition}/submit-form",
          "POST /process-definition/key/Inexistant/start", "POST /process-definition/key/Inexistant/submit-form",
          "GET /process-instance", "POST /process-instance", "GET /process-instance/count", "GET /process-instance/{dossier}",
          "GET /process-instance/{dossier}/variables", "POST /process-instance/{dossier}/variables",
          "PUT /process-instance/{dossier}/variables/v", "POST /process-instance/{dossier}/variables/v/data",
          "GET /process-instance/{dossier}/activity-instances",
          "GET /execution", "POST /execution/{dossier}/localVariables/v/data",
          "GET /variable-instance", "POST /variable-instance", "GET /variable-instance/count",
          "GET /history/task", "POST /history/task", "GET /history/process-instance", "POST /history/process-instance",
          "GET /history/variable-instance", "POST /history/variable-instance", "GET /history/detail",
          "GET /history/activity-instance", "GET /history/user-operation", "GET /history/identity-link-log",
          "GET /user", "GET /user/count", "POST /user/create", "GET /user/{utilisateur}/profile",
          "PUT /user/{utilisateur}/profile", "PUT /user/{utilisateur}/credentials",
          "POST /user/{utilisateur}/unlock",
          "GET /group", "GET /group/count", "POST /group/create", "GET /identity/groups", "POST /identity/verify",
          "GET /authorization", "GET /authorization/check", "POST /authorization/create",
          "GET /deployment", "POST /deployment/create", "GET /incident", "GET /job", "GET /message",
          "POST /message", "POST /signal", "GET /decision-definition", "POST /decision-definition/key/Inexistant/evaluate",
          // Last: they end the task, the dossier, the login.
          "POST /task/{tache}/submit-form", "POST /task/{tache}/complete", "DELETE /task/{tache}",
          "DELETE /process-instance/{dossier}", "DELETE /user/{utilisateur}");

  /** Query parameters every list reads: paging (not the counts) and sorting. */
  static final List<String> REQUETES_MOTEUR =
      List.of("firstResult=2147483647&maxResults=2147483647", "firstResult=-1&maxResults=-1", "maxResults=abc",
          "sortBy=inexistant&sortOrder=desc", "sortBy=created&sortOrder=nimporte");

  /**
   * Query parameters some lists read, each with those lists (the regular expression on the path;
   * from the engine's query objects and our {@code IdentitesCitoyenFilter}): elsewhere the
   * parameter is ignored and the request is the bare one.
   */
  static final Map<String, String> REQUETES_CIBLEES =
      Map.ofEntries(
          Map.entry("nameLike=%25%00", "^/(task|filter|process-definition|deployment|decision-definition|group)(/count)?$"),
          Map.entry("processInstanceId=" + "x".repeat(5_000), "^/(task|execution|incident|job|history/.*)(/count)?$"),
          Map.entry("variables=a_eq_b,c", "^/(process-instance|execution|history/process-instance)(/count)?$"),
          Map.entry("variables=" + "a".repeat(300) + "_zz_b", "^/(process-instance|execution|history/process-instance)(/count)?$"),
          Map.entry("processVariables=a_eq_" + "%00", "^/(task|execution|history/task)(/count)?$"),
          Map.entry("member=%00", "^/(group|user)(/count)?$"),
          Map.entry("userId=%00", "^/(identity/groups|authorization(/count|/check)?|history/(identity-link-log|user-operation))$"),
          Map.entry("deserializeValues=abc", "^/(variable-instance|history/(variable-instance|detail))$"),
          Map.entry("type=2147483647", "^/(authorization|group|history/identity-link-log)(/count)?$"),
          Map.entry("resourceType=-1", "^/(authorization|filter)(/count|/check)?$"),
          Map.entry("permissions=NIMPORTE", "^/authorization(/count|/check)?$"),
          Map.entry("dueBefore=hier", "^/task(/count)?$"),
          Map.entry("createdAfter=2026-13-45T99:99:99", "^/task(/count)?$"));

  /** Bodies every engine resource gets: malformed, of the wrong shape. */
  static final List<String> CORPS_MOTEUR =
      List.of("", "{", "[]", "null", "\"x\"", "{}", "{\"variables\":\"x\"}");

  /**
   * Bodies of the right shape with wrong types, huge strings, unknown variable types, NUL: each
   * sent to the resources that read it (the regular expression on the path).
   */
  static final Map<String, String> CORPS_CIBLES =
      Map.ofEntries(
          Map.entry("{\"variables\":{\"v\":\"x\"}}", "/(start|submit-form|complete|variables|message|signal)$"),
          Map.entry("{\"variables\":{\"v\":{\"value\":\"" + LONG + "\",\"type\":\"String\"}}}", "/(start|submit-form|complete|message|signal)$"),
          Map.entry("{\"variables\":{\"v\":{\"value\":\"2026\",\"type\":\"Date\"}}}", "/(start|submit-form|complete)$"),
          Map.entry("{\"modifications\":{\"v\":{\"value\":\"" + LONG + "\",\"type\":\"String\"}}}", "/variables$"),
          Map.entry("{\"value\":\"" + LONG + "\",\"type\":\"String\"}", "/(variables|localVariables)/v$"),
          Map.entry("{\"value\":\"abc\",\"type\":\"Integer\"}", "/(variables|localVariables)/v$"),
          Map.entry("{\"value\":1,\"type\":\"Inexistant\"}", "/(variables|localVariables)/v$"),
          Map.entry("{\"value\":\"x\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.Inexistant\","
              + "\"serializationDataFormat\":\"application/json\"}}", "/(variables|localVariables)/v$"),
          Map.entry("{\"userId\":12}", "/(claim|assignee|delegate|identity-links|identity-links/delete)$"),
          Map.entry("{\"userId\":\"" + LONG + "\",\"type\":\"candidate\"}", "/(claim|assignee|delegate|identity-links|identity-links/delete)$"),
          Map.entry("{\"userId\":\"\u0000\"}", "/(claim|assignee|delegate|identity-links)$"),
          Map.entry("{\"message\":\"" + LONG + "\"}", "/comment/create$"),
          Map.entry("{\"id\":\"" + "u".repeat(300) + "\",\"firstName\":\"" + LONG + "\"}", "/(profile|group/create)$"),
          Map.entry("{\"profile\":{\"id\":\"\u0000\"},\"credentials\":{\"password\":\"" + LONG + "\"}}", "/user/create$"),
          Map.entry("{\"password\":\"\",\"authenticatedUserPassword\":\"" + LONG + "\"}", "/credentials$"),
          Map.entry("{\"username\":\"" + LONG + "\",\"password\":null}", "/identity/verify$"),
          Map.entry("{\"processInstanceIdIn\":[" + "\"a\",".repeat(2_000) + "\"a\"]}", "^/(task|process-instance|variable-instance|history/.*)$"),
          Map.entry("{\"sorting\":[{\"sortBy\":\"x\"}]}", "^/(task|process-instance|variable-instance|history/.*)$"),
          Map.entry("{\"messageName\":\"" + LONG + "\"}", "^/message$"),
          Map.entry("{\"name\":\"" + LONG + "\",\"resourceType\":0}", "^/(filter/create|signal)$"),
          Map.entry("{\"type\":1,\"resourceType\":2147483647,\"permissions\":[\"NIMPORTE\"]}", "^/authorization/create$"),
          Map.entry("{\"resourceId\":\"" + LONG + "\",\"resourceType\":99,\"userId\":\"x\"}", "^/authorization/create$"),
          Map.entry("{\"businessKey\":\"" + LONG + "\"}", "/(start|submit-form)$"));

  @Test
  void aucune_ressource_du_moteur_ne_repond_5xx_a_une_entree_mal_formee() throws Exception {
    // Logins of their own: the sweep ends by deleting them.
    String citoyen = citoyens.utilisateurMoteur(CODE);
    String agent = agentDeTest(citoyen);
    SessionWebapp tasklist = SessionWebapp.tasklist(http.url(""), citoyen, CODE);
    // The citizen by HTTP Basic gets every input; the agent and the citizen through Tasklist's own
    // door what may depend on who asks, or on the door. Each on a dossier of its own, side by side.
    Map<String, CompletableFuture<Boolean>> atteintes = new ConcurrentHashMap<>();
    RESSOURCES_MOTEUR.forEach(r -> atteintes.put(r, new CompletableFuture<>()));
    Balayage total = enParallele(List.of(
        () -> {
          try {
            return balayerMoteur("citoyen", (m, c, t, b) -> http.en(citoyen, CODE).requete(m, "/engine-rest" + c, t, b).statut(),
                nouveauDossierDe(citoyen), "Task_Citoyen", citoyen, atteintes);
          } finally {
            // Whatever happens to the citizen's part, the others never wait for it.
            atteintes.values().forEach(a -> a.complete(true));
          }
        },
        () -> balayerMoteur("agent", (m, c, t, b) -> http.en(agent, MOT_DE_PASSE).requete(m, "/engine-rest" + c, t, b).statut(),
            nouveauDossierDe(citoyen), "Task_Agent", agent, atteintes),
        () -> balayerMoteur("citoyen (Tasklist)",
            (m, c, t, b) -> tasklist.requete(m, "/camunda/api/engine/engine/default" + c, t, b).statusCode(),
            nouveauDossierDe(citoyen), "Task_Citoyen", citoyen, atteintes)));
    assertThat(total.requetes()).isGreaterThan(1_000);
    assertThat(total.echecs()).as("Réponses 5xx du moteur (%d requêtes)", total.requetes()).isEmpty();
    System.out.println("Balayage du moteur : " + total.requetes() + " requêtes");
  }

  /** A dossier of this citizen, started through the engine's API: its id, definition, and tasks by definition key. */
  private Map<String, String> nouveauDossierDe(String citoyen) {
    var demarrage = http.en(citoyen, CODE).post("/engine-rest/process-definition/key/" + PROCESSUS + "/start", "{}");
    assertThat(demarrage.statut()).as(demarrage.corps()).isEqualTo(200);
    Map<String, String> dossier = new LinkedHashMap<>();
    dossier.put("dossier", demarrage.json().path("id").asText());
    dossier.put("definition", demarrage.json().path("definitionId").asText());
    taskService.createTaskQuery().processInstanceId(dossier.get("dossier")).list()
        .forEach(t -> dossier.put(t.getTaskDefinitionKey(), t.getId()));
    return dossier;
  }

  /**
   * Every engine resource, through one door as one person, on that person's dossier. The citizen
   * by HTTP Basic ({@code complet}) gets every query parameter and bad id; the others the paging
   * ones. An unreadable body goes to the agent only where the citizen was refused before her
   * body was read; the Tasklist door gets one malformed JSON and one multipart without boundary
   * per resource (its own readers and error mappers).
   */
  private Balayage balayerMoteur(String qui, Appel appel, Map<String, String> dossier, String cleTache, String utilisateur,
      Map<String, CompletableFuture<Boolean>> atteintes) throws Exception {
    boolean complet = qui.equals("citoyen");
    boolean porteTasklist = qui.contains("Tasklist");
    String tache = dossier.get(cleTache);
    List<Echec> echecs = new ArrayList<>();
    int requetes = 0;
    for (String ressource : RESSOURCES_MOTEUR) {
      String methode = ressource.substring(0, ressource.indexOf(' '));
      String modele = ressource.substring(ressource.indexOf(' ') + 1);
      String chemin = modele.replace("{tache}", tache).replace("{dossier}", dossier.get("dossier"))
          .replace("{definition}", dossier.get("definition")).replace("{utilisateur}", utilisateur);
      List<Requete> essais = new ArrayList<>();
      boolean liste = !modele.contains("{");
      if (liste && (methode.equals("GET") || modele.matches("/(task|task/count|process-instance|variable-instance|history/.*)"))) {
        List<String> requetesListe = new ArrayList<>();
        for (String q : REQUETES_MOTEUR) {
          if (!(modele.endsWith("/count") && q.contains("Result"))) {
            requetesListe.add(q);
          }
        }
        if (!complet) {
          requetesListe.subList(Math.min(2, requetesListe.size()), requetesListe.size()).clear();
        }
        REQUETES_CIBLEES.forEach((q, motif) -> {
          if (complet && Pattern.compile(motif).matcher(modele).find()) {
            requetesListe.add(q);
          }
        });
        for (String q : requetesListe) {
          essais.add(new Requete(chemin + "?" + q, methode.equals("GET") ? null : "application/json",
              methode.equals("GET") ? null : "{}".getBytes(StandardCharsets.UTF_8)));
        }
      }
      if (!methode.equals("GET")) {
        essais.add(new Requete(chemin, null, null));
        for (String corps : CORPS_MOTEUR) {
          essais.add(Requete.json(chemin, corps));
        }
        CORPS_CIBLES.forEach((corps, motif) -> {
          if (Pattern.compile(motif).matcher(modele.replaceAll("\\{[a-z]+}", "{id}")).find()) {
            essais.add(Requete.json(chemin, corps));
          }
        });
        essais.add(sansDelimitation(chemin));
        if (chemin.endsWith("/data") || chemin.endsWith("/attachment/create") || chemin.endsWith("/deployment/create")) {
          essais.addAll(multiparts(chemin));
          essais.add(new Requete(chemin, "multipart/form-data; boundary=B",
              ("--B\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\n" + NOM_310
                  + "\r\n--B\r\nContent-Disposition: form-data; name=\"content\"; filename=\"" + NOM_310
                  + "\"\r\n\r\nx\r\n--B--\r\n").getBytes(StandardCharsets.UTF_8)));
        }
      }
      if (essais.isEmpty()) {
        essais.add(new Requete(chemin, null, null));
      }
      if (complet && modele.matches(".*\\{(tache|dossier|definition)}.*")) {
        for (String v : List.of("x".repeat(310), "%00", "inexistant")) {
          String autre = modele.replace("{tache}", v).replace("{dossier}", v).replace("{definition}", v)
              .replace("{utilisateur}", utilisateur);
          essais.add(new Requete(autre, methode.equals("GET") ? null : "application/json",
              methode.equals("GET") ? null : "{}".getBytes(StandardCharsets.UTF_8)));
        }
      }
      boolean illisiblesEnvoyes = complet || !porteTasklist && !atteintes.get(ressource).get();
      for (Requete r : essais) {
        boolean representant = porteTasklist && ("{".equals(r.texte()) || "multipart/form-data".equals(r.type()));
        if (r.illisible() && !illisiblesEnvoyes && !representant) {
          continue;
        }
        requetes++;
        int statut = appel.envoyer(methode, r.chemin(), r.type(), r.corps());
        if (complet && r == essais.get(0)) {
          atteintes.get(ressource).complete(statut != 401 && statut != 403);
        }
        if (statut >= 500) {
          echecs.add(new Echec(qui, methode, r.chemin(), r.type(), r.texte(), statut));
        }
      }
    }
    return new Balayage(requetes, echecs);
  }

  interface Appel {
    int envoyer(String methode, String chemin, String type, byte[] corps);
  }

  private static String ecrire(Object valeur) {
    try {
      return JSON.writeValueAsString(valeur);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
