package fr.cpam.demarches.messagerie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http.Reponse;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.messagerie.interne.ConversationRepository;
import fr.cpam.demarches.messagerie.interne.Echange;
import fr.cpam.demarches.messagerie.interne.NatureEchange;
import fr.cpam.demarches.notification.NotificationService;
import fr.cpam.demarches.performance.NouveauxAssures;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The messagerie API as citizens and agents call it over HTTP, and what each may see. */
@TestIntegration
class MessagerieApiIntTest {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

  @Autowired Http http;
  @Autowired ConversationRepository conversations;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired NotificationService notificationService;
  @Autowired NouveauxAssures nouveauxAssures;

  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void nettoyer() {
    identityService.clearAuthentication();
  }

  @Test
  void les_motifs_sont_listes_dans_l_ordre_et_le_formulaire_de_tasklist_propose_les_memes() throws Exception {
    Reponse r = http.en(Http.CLAIRE).get("/api/messagerie/motifs");

    assertThat(r.statut()).isEqualTo(200);
    List<String> codes = StreamSupport.stream(r.json().spliterator(), false).map(m -> m.path("code").asText()).toList();
    assertThat(codes).hasSize(10).startsWith("DROITS_DEMARCHES").endsWith("AUTRE");
    assertThat(r.json().get(9).path("libelle").asText()).isEqualTo("Autre demande");
    assertThat(r.json().get(0).path("libelle").asText()).isEqualTo("Droits et démarches");
    try (InputStream form = getClass().getResourceAsStream("/processes/EcrireMessage.form")) {
      JsonNode select = StreamSupport.stream(json.readTree(form).path("components").spliterator(), false)
          .filter(c -> "motif".equals(c.path("key").asText())).findFirst().orElseThrow();
      assertThat(select.path("values")).isEqualTo(valeurs(r.json()));
    }
  }

  @Test
  void un_message_envoye_par_l_api_demarre_le_dossier_chez_le_bon_service() {
    Reponse r = http.en(Http.CLAIRE).post("/api/messagerie/messages",
        Map.of("motif", "CARTE_VITALE", "objet", "Carte de Hugo", "texte", "Bonjour, Hugo a besoin de sa carte.", "type", "question"));

    assertThat(r.statut()).isEqualTo(201);
    String reference = r.json().path("reference").asText();
    assertThat(reference).matches("MS-\\d{4}-[2-9A-Z]{5}-[2-9A-Z]{4}");
    assertThat(r.json().path("statut").asText()).isEqualTo("EN_COURS");
    assertThat(r.json().path("reponseAttendueLe").asText()).isNotBlank();
    ProcessInstance pi = instance(reference);
    assertThat(runtimeService.getVariable(pi.getId(), "initiator")).isEqualTo(Http.CLAIRE);
    Task tache = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(tache.getTaskDefinitionKey()).isEqualTo(MessageAssureProcess.TACHE_TRAITER);
    assertThat(taskService.getIdentityLinksForTask(tache.getId())).anyMatch(l -> Groupes.GESTION_DROITS.equals(l.getGroupId()));

    Reponse lue = http.en(Http.CLAIRE).get("/api/messagerie/conversations/" + reference);
    assertThat(lue.json().path("statut").path("code").asText()).isEqualTo("EN_COURS");
    assertThat(lue.json().path("service").asText()).isEqualTo("Gestion des droits et des bénéficiaires");
    assertThat(lue.json().path("echanges")).hasSize(1);
    assertThat(lue.json().path("echanges").get(0).path("texte").asText()).isEqualTo("Bonjour, Hugo a besoin de sa carte.");
  }

  @Test
  void un_message_avec_piece_jointe_est_garde_et_telechargeable_par_l_assuree_et_le_service() {
    Reponse r = multipart("/api/messagerie/messages", Http.CLAIRE,
        "{\"motif\":\"REMBOURSEMENTS\",\"objet\":\"Feuille de soins\",\"texte\":\"Voici ma feuille de soins.\"}",
        List.of(new Piece("feuille de soins.pdf", "application/pdf", PDF)));

    assertThat(r.statut()).as(r.corps()).isEqualTo(201);
    String reference = r.json().path("reference").asText();
    JsonNode piece = http.en(Http.CLAIRE).get("/api/messagerie/conversations/" + reference).json()
        .path("echanges").get(0).path("piecesJointes").get(0);
    assertThat(piece.path("nom").asText()).isEqualTo("feuille de soins.pdf");
    assertThat(piece.path("type").asText()).isEqualTo("application/pdf");
    assertThat(piece.path("taille").asLong()).isEqualTo(PDF.length);

    HttpResponse<byte[]> fichier = http.en(Http.CLAIRE).octets(piece.path("lien").asText());
    assertThat(fichier.statusCode()).isEqualTo(200);
    assertThat(fichier.body()).isEqualTo(PDF);
    assertThat(fichier.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(http.en("agent.accueil").octets(piece.path("lien").asText()).statusCode()).isEqualTo(200);
    assertThat(http.en("agent.rct").octets(piece.path("lien").asText()).statusCode()).isEqualTo(404);
    assertThat(http.en(Http.MARC, Http.MARC_CODE).octets(piece.path("lien").asText()).statusCode()).isEqualTo(404);
  }

  @Test
  void une_demande_invalide_recoit_un_probleme_en_francais_et_rien_n_est_enregistre() {
    long conversationsAvant = conversations.count();
    long instancesAvant = runtimeService.createProcessInstanceQuery().processDefinitionKey(MessageAssureProcess.CLE).count();
    Http.Client claire = http.en(Http.CLAIRE);

    Reponse vide = claire.post("/api/messagerie/messages", Map.of("motif", "AUTRE", "objet", "Question", "texte", "   "));
    assertProbleme(vide, 422, "texte", "Écrivez votre message.");
    Reponse motif = claire.post("/api/messagerie/messages", Map.of("motif", "HOROSCOPE", "objet", "Question", "texte", "Bonjour"));
    assertProbleme(motif, 422, "motif", "Le motif « HOROSCOPE » n'existe pas");
    Reponse type = claire.post("/api/messagerie/messages", Map.of("motif", "AUTRE", "objet", "Q", "texte", "Bonjour", "type", "colere"));
    assertProbleme(type, 422, "type", "question, signalement ou reclamation");
    Reponse objet = claire.post("/api/messagerie/messages", Map.of("motif", "AUTRE", "objet", "o".repeat(121), "texte", "Bonjour"));
    assertProbleme(objet, 422, "objet", "120 caractères");
    Reponse long_ = claire.post("/api/messagerie/messages", Map.of("motif", "AUTRE", "objet", "Objet", "texte", "t".repeat(4001)));
    assertProbleme(long_, 422, "texte", "4000 caractères");

    byte[] gros = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
    Reponse volumineux = multipart("/api/messagerie/messages", Http.CLAIRE,
        "{\"motif\":\"AUTRE\",\"objet\":\"Objet\",\"texte\":\"Bonjour\"}", List.of(new Piece("scan.pdf", "application/pdf", gros)));
    assertProbleme(volumineux, 422, "piecesJointes[0]", "dépasse 5 Mo");
    Reponse deguise = multipart("/api/messagerie/messages", Http.CLAIRE,
        "{\"motif\":\"AUTRE\",\"objet\":\"Objet\",\"texte\":\"Bonjour\"}",
        List.of(new Piece("ordonnance.pdf", "application/pdf", "MZ executable".getBytes(StandardCharsets.US_ASCII))));
    assertProbleme(deguise, 422, "piecesJointes[0]", "n'est pas un PDF, un JPEG ou un PNG");

    assertThat(conversations.count()).isEqualTo(conversationsAvant);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MessageAssureProcess.CLE).count()).isEqualTo(instancesAvant);
  }

  @Test
  void repondre_a_la_conversation_d_un_autre_ou_a_une_conversation_close_est_refuse_sans_rien_enregistrer() {
    String reference = envoyer(Http.CLAIRE, "AUTRE", "question");
    Http.Client marc = http.en(Http.MARC, Http.MARC_CODE);

    assertProbleme(marc.post("/api/messagerie/conversations/" + reference + "/reponses", Map.of("texte", "Intrus")), 404, null, "Aucune conversation");
    assertThat(marc.get("/api/messagerie/conversations/" + reference).statut()).isEqualTo(404);
    assertProbleme(http.en(Http.CLAIRE).post("/api/messagerie/conversations/" + reference + "/reponses", Map.of("texte", "")), 422, "texte", "Écrivez votre réponse.");

    completer(reference, "agent.accueil", Groupes.ACCUEIL, Map.of("decision", "repondre", "reponse", "Voici la réponse."));
    executerJob(reference, MessageAssureProcess.TACHE_ENVOYER_REPONSE);
    Reponse close = http.en(Http.CLAIRE).post("/api/messagerie/conversations/" + reference + "/reponses", Map.of("texte", "Merci !"));
    assertProbleme(close, 409, "reference", "est clôturée");

    assertThat(conversations.findByReference(reference).orElseThrow().getEchanges()).extracting(Echange::getNature)
        .containsExactly(NatureEchange.MESSAGE, NatureEchange.REPONSE);
  }

  @Test
  void la_reponse_de_l_assuree_a_une_question_de_la_cpam_reprend_le_traitement() {
    String reference = envoyer(Http.CLAIRE, "ARRET_TRAVAIL", "question");
    completer(reference, "agent.prestations", Groupes.PRESTATIONS_ESPECES, Map.of("decision", "complement", "question", "Quel est le nom de votre employeur ?"));
    executerJob(reference, MessageAssureProcess.TACHE_DEMANDER_COMPLEMENT);
    JsonNode enAttente = http.en(Http.CLAIRE).get("/api/messagerie/conversations/" + reference).json();
    assertThat(enAttente.path("statut").path("code").asText()).isEqualTo("EN_ATTENTE_ASSURE");
    assertThat(enAttente.path("echanges").get(1).path("service").asText()).isEqualTo("Prestations en espèces");
    assertThat(enAttente.path("echanges").get(1).has("auteur")).as("le nom de l'agent reste caché").isFalse();

    Reponse r = multipart("/api/messagerie/conversations/" + reference + "/reponses", Http.CLAIRE,
        "{\"texte\":\"Boulangerie Martin, attestation jointe.\"}", List.of(new Piece("attestation.png", "image/png", png())));

    assertThat(r.statut()).as(r.corps()).isEqualTo(201);
    assertThat(r.json().path("statut").path("code").asText()).isEqualTo("EN_COURS");
    assertThat(r.json().path("echanges").get(2).path("nature").asText()).isEqualTo("COMPLEMENT");
    ProcessInstance pi = instance(reference);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(MessageAssureProcess.TACHE_TRAITER);
  }

  @Test
  void un_message_de_l_assuree_pendant_le_traitement_rejoint_la_conversation_que_lit_l_agent() {
    String reference = envoyer(Http.CLAIRE, "DROITS_DEMARCHES", "question");
    Reponse r = http.en(Http.CLAIRE).post("/api/messagerie/conversations/" + reference + "/reponses", Map.of("texte", "J'ajoute une précision."));

    assertThat(r.statut()).isEqualTo(201);
    String traiter = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
    assertThat((String) taskService.getVariableLocal(traiter, "conversation")).contains("J'ajoute une précision");
    assertThat(runtimeService.getVariable(instance(reference).getId(), "conversation")).as("jamais dans le dossier").isNull();
    JsonNode vueAgent = http.en("agent.droits").get("/api/messagerie/conversations/" + reference).json();
    assertThat(vueAgent.path("echanges")).hasSize(2);
    assertThat(vueAgent.path("echanges").get(0).path("auteur").asText()).isEqualTo(Http.CLAIRE);
  }

  @Test
  void la_boite_montre_conversations_et_notifications_des_autres_demarches_les_plus_recentes_d_abord() {
    String reference = envoyer(Http.INES, "AUTRE", "question");
    completer(reference, "agent.accueil", Groupes.ACCUEIL, Map.of("decision", "repondre", "reponse", "Voici notre réponse."));
    executerJob(reference, MessageAssureProcess.TACHE_ENVOYER_REPONSE);
    notificationService.notifier(Http.INES, "CV-2026-990001", "Votre carte Vitale a été expédiée", "Vous la recevrez sous 3 jours.");

    JsonNode boite = http.en(Http.INES, Http.INES_CODE).get("/api/messagerie/conversations").json();

    List<JsonNode> elements = new ArrayList<>();
    boite.path("elements").forEach(elements::add);
    assertThat(elements).extracting(e -> e.path("genre").asText() + " " + e.path("reference").asText())
        .startsWith("NOTIFICATION CV-2026-990001", "CONVERSATION " + reference)
        .doesNotContain("NOTIFICATION " + reference);
    assertThat(elements.get(1).path("nonLus").asInt()).isEqualTo(1);
    assertThat(boite.path("conversationsNonLues").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(boite.path("notificationsNonLues").asLong()).isGreaterThanOrEqualTo(1);
    long nonLus = boite.path("nonLus").asLong();

    assertThat(http.en(Http.INES, Http.INES_CODE).post("/api/messagerie/conversations/" + reference + "/lue", "").statut()).isEqualTo(200);
    JsonNode apres = http.en(Http.INES, Http.INES_CODE).get("/api/messagerie/conversations").json();
    assertThat(apres.path("nonLus").asLong()).isEqualTo(nonLus - 1);
    assertThat(http.en(Http.MARC, Http.MARC_CODE).get("/api/messagerie/conversations").corps()).doesNotContain(reference, "CV-2026-990001");
    assertProbleme(http.en(Http.INES, Http.INES_CODE).get("/api/messagerie/conversations?taille=0"), 422, "taille", "La taille d'une page");
  }

  /**
   * The inbox reads only the page asked for (docs/decisions/0028-boite-de-reception-lue-par-page.md):
   * pages, totals and unread counts still cover everything.
   */
  @Test
  void la_boite_se_lit_page_par_page_avec_les_totaux_de_toutes_ses_conversations() {
    Nir nir = nouveauxAssures.nouveau();
    var assure = http.en(nir.identifiant(), NouveauxAssures.CODE);
    List<String> envoyes = new ArrayList<>();
    for (String objet : List.of("Premier", "Deuxième", "Troisième", "Quatrième", "Cinquième")) {
      Reponse r = assure.post("/api/messagerie/messages", Map.of("motif", "AUTRE", "type", "question", "objet", objet, "texte", "Bonjour."));
      assertThat(r.statut()).as(r.corps()).isEqualTo(201);
      envoyes.add(r.json().path("reference").asText());
    }
    String repondue = envoyes.get(1);
    completer(repondue, "agent.accueil", Groupes.ACCUEIL, Map.of("decision", "repondre", "reponse", "Voici notre réponse."));
    executerJob(repondue, MessageAssureProcess.TACHE_ENVOYER_REPONSE);

    List<String> lus = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      JsonNode boite = assure.get("/api/messagerie/conversations?taille=2&page=" + page).json();
      assertThat(boite.path("total").asLong()).as("page %d", page).isEqualTo(5);
      assertThat(boite.path("conversationsNonLues").asLong()).as("page %d", page).isEqualTo(1);
      assertThat(boite.path("notificationsNonLues").asLong()).as("page %d", page).isZero();
      boite.path("elements").forEach(e -> lus.add(e.path("genre").asText() + " " + e.path("reference").asText() + " " + e.path("nonLus").asInt()));
    }

    // The answered conversation is the newest (its answer), then the others from the last written.
    assertThat(lus).containsExactly(
        "CONVERSATION " + repondue + " 1",
        "CONVERSATION " + envoyes.get(4) + " 0", "CONVERSATION " + envoyes.get(3) + " 0",
        "CONVERSATION " + envoyes.get(2) + " 0", "CONVERSATION " + envoyes.get(0) + " 0");
  }

  @Test
  void seuls_les_assures_ecrivent_et_seuls_les_services_concernes_lisent() {
    String reference = envoyer(Http.CLAIRE, "ACCIDENT_TIERS", "signalement");

    assertThat(http.anonyme().get("/api/messagerie/conversations").statut()).isEqualTo(401);
    assertThat(http.en("agent.rct").post("/api/messagerie/messages", Map.of("motif", "AUTRE", "objet", "o", "texte", "t")).statut()).isEqualTo(403);
    assertThat(http.en("agent.rct").get("/api/messagerie/conversations").statut()).isEqualTo(403);
    assertThat(http.en("analyste").get("/api/messagerie/conversations/" + reference).statut()).isEqualTo(403);
    assertThat(http.en("agent.rct").get("/api/messagerie/conversations/" + reference).statut()).isEqualTo(200);
    assertThat(http.en("superviseur").get("/api/messagerie/conversations/" + reference).statut()).isEqualTo(200);
    assertThat(http.en("agent.droits").get("/api/messagerie/conversations/" + reference).statut()).isEqualTo(404);
  }

  @Test
  void dans_le_moteur_chacun_voit_les_taches_de_son_groupe_et_les_superviseurs_voient_les_retards() {
    String reference = envoyer(Http.CLAIRE, "DROITS_DEMARCHES", "question");
    String taches = "/engine-rest/task?processInstanceBusinessKey=" + reference;

    assertThat(cles(http.en("agent.droits").get(taches))).containsExactly(MessageAssureProcess.TACHE_TRAITER);
    assertThat(cles(http.en("agent.accueil").get(taches))).isEmpty();
    assertThat(cles(http.en(Http.CLAIRE).get(taches))).isEmpty();
    assertThat(cles(http.en(Http.MARC, Http.MARC_CODE).get(taches))).isEmpty();
    assertThat(cles(http.en("superviseur").get(taches))).containsExactly(MessageAssureProcess.TACHE_TRAITER);
    assertThat(cles(filtre("Tâches de mon service", "agent.droits", reference))).containsExactly(MessageAssureProcess.TACHE_TRAITER);
    assertThat(cles(filtre("Tâches de mon service", "agent.accueil", reference))).isEmpty();
    assertThat(cles(filtre("En retard", "superviseur", reference))).isEmpty();

    Date echeance = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getDueDate();
    HorlogeDeTest.depasser(echeance);
    executerJob(reference, MessageAssureProcess.TIMER_DELAI_DEPASSE);

    assertThat(cles(http.en("superviseur").get(taches)))
        .containsExactlyInAnyOrder(MessageAssureProcess.TACHE_TRAITER, MessageAssureProcess.TACHE_EN_RETARD);
    assertThat(cles(http.en("agent.droits").get(taches))).containsExactly(MessageAssureProcess.TACHE_TRAITER);
    assertThat(cles(http.en(Http.CLAIRE).get(taches))).isEmpty();
    assertThat(cles(filtre("En retard", "superviseur", reference)))
        .containsExactlyInAnyOrder(MessageAssureProcess.TACHE_TRAITER, MessageAssureProcess.TACHE_EN_RETARD);
    assertThat(cles(filtre("Tâches de mon service", "superviseur", reference))).containsExactly(MessageAssureProcess.TACHE_EN_RETARD);
    assertThat(cles(filtre("En retard", "agent.droits", reference))).containsExactly(MessageAssureProcess.TACHE_TRAITER);
    assertThat(cles(filtre("En retard", "agent.accueil", reference))).isEmpty();
  }

  @Test
  void le_formulaire_refuse_par_le_serveur_repond_400_en_francais_sur_l_api_du_moteur() {
    String reference = envoyer(Http.CLAIRE, "CARTE_VITALE", "question");
    String tache = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();

    Reponse r = http.en("agent.droits").post("/engine-rest/task/" + tache + "/complete",
        "{\"variables\":{\"decision\":{\"value\":\"repondre\"},\"reponse\":{\"value\":\"\"}}}");

    assertThat(r.statut()).isEqualTo(400);
    assertThat(r.typeContenu()).startsWith("application/problem+json");
    assertThat(r.detail()).isEqualTo("Le formulaire contient une erreur : Écrivez la réponse à l'assuré.");
    assertThat(r.json().path("erreurs").get(0).path("champ").asText()).isEqualTo("reponse");
    // Tasklist shows "message" on the form: the French sentence alone, not "Cannot complete task …".
    assertThat(r.json().path("message").asText()).isEqualTo(r.detail());
    assertThat(taskService.createTaskQuery().taskId(tache).count()).isOne();
  }

  @Test
  void demarrer_le_processus_par_l_api_du_moteur_sur_la_conversation_d_un_autre_est_refuse() {
    String reference = envoyer(Http.CLAIRE, "AUTRE", "question");
    String corps = "{\"businessKey\":\"" + reference + "\",\"variables\":{\"reference\":{\"value\":\"" + reference + "\"}}}";

    Reponse marc = http.en(Http.MARC, Http.MARC_CODE).post("/engine-rest/process-definition/key/MessageAssure/start", corps);
    Reponse claire = http.en(Http.CLAIRE).post("/engine-rest/process-definition/key/MessageAssure/start", corps);

    for (Reponse refus : List.of(marc, claire)) {
      assertThat(refus.statut()).as(refus.corps()).isEqualTo(400);
      assertThat(refus.typeContenu()).startsWith("application/problem+json");
      assertThat(refus.detail()).contains("La référence du dossier est attribuée par la CPAM");
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isOne();
  }

  // --- helpers

  record Piece(String nom, String type, byte[] contenu) {}

  private String envoyer(String citoyen, String motif, String type) {
    Reponse r = http.en(citoyen).post("/api/messagerie/messages", Map.of("motif", motif, "objet", "Objet", "texte", "Bonjour.", "type", type));
    assertThat(r.statut()).as(r.corps()).isEqualTo(201);
    return r.json().path("reference").asText();
  }

  private ProcessInstance instance(String reference) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
  }

  private void completer(String reference, String agent, String groupe, Map<String, Object> variables) {
    Task tache = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(MessageAssureProcess.TACHE_TRAITER).singleResult();
    identityService.setAuthentication(agent, List.of(groupe));
    try {
      taskService.complete(tache.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void executerJob(String reference, String activite) {
    String pi = instance(reference).getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi).activityId(activite).singleResult().getId());
  }

  /** What a Tasklist filter shows that person for this dossier. */
  private Reponse filtre(String nom, String utilisateur, String reference) {
    Http.Client client = http.en(utilisateur);
    JsonNode filtres = client.get("/engine-rest/filter?resourceType=Task").json();
    String id = StreamSupport.stream(filtres.spliterator(), false)
        .filter(f -> nom.equals(f.path("name").asText())).findFirst().orElseThrow().path("id").asText();
    return client.post("/engine-rest/filter/" + id + "/list", "{\"processInstanceBusinessKey\":\"" + reference + "\"}");
  }

  private static List<String> cles(Reponse r) {
    assertThat(r.statut()).as(r.corps()).isEqualTo(200);
    return StreamSupport.stream(r.json().spliterator(), false).map(t -> t.path("taskDefinitionKey").asText()).toList();
  }

  private static void assertProbleme(Reponse r, int statut, String champ, String detail) {
    assertThat(r.statut()).as(r.corps()).isEqualTo(statut);
    assertThat(r.typeContenu()).startsWith("application/problem+json");
    assertThat(r.detail()).contains(detail);
    if (champ != null) {
      assertThat(r.json().path("champ").asText()).isEqualTo(champ);
    }
  }

  private JsonNode valeurs(JsonNode motifs) {
    var tableau = json.createArrayNode();
    motifs.forEach(m -> tableau.addObject().put("value", m.path("code").asText()).put("label", m.path("libelle").asText()));
    return tableau;
  }

  private static byte[] png() {
    byte[] png = new byte[64];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
    return png;
  }

  private Reponse multipart(String chemin, String citoyen, String message, List<Piece> pieces) {
    String frontiere = "----frontiere" + System.nanoTime();
    ByteArrayOutputStream corps = new ByteArrayOutputStream();
    ecrire(corps, "--" + frontiere + "\r\nContent-Disposition: form-data; name=\"message\"\r\nContent-Type: application/json\r\n\r\n" + message + "\r\n");
    for (Piece p : pieces) {
      ecrire(corps, "--" + frontiere + "\r\nContent-Disposition: form-data; name=\"piecesJointes\"; filename=\"" + p.nom()
          + "\"\r\nContent-Type: " + p.type() + "\r\n\r\n");
      corps.writeBytes(p.contenu());
      ecrire(corps, "\r\n");
    }
    ecrire(corps, "--" + frontiere + "--\r\n");
    return http.en(citoyen).post(chemin, "multipart/form-data; boundary=" + frontiere, corps.toByteArray());
  }

  private static void ecrire(ByteArrayOutputStream sortie, String texte) {
    sortie.writeBytes(texte.getBytes(StandardCharsets.UTF_8));
  }
}
