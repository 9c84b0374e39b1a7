package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.engine.Groupes;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http.Reponse;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.performance.NouveauxAssures;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What a citizen could write through the engine's REST API that only the CPAM may write (issue
 * 19), each refused now: in French, nothing written.
 */
@TestIntegration
@ExtendWith(OutputCaptureExtension.class)
class ConfianceSaisiesIntTest {

  @Autowired Http http;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JobsDus jobs;
  @Autowired NouveauxAssures assures;
  @Autowired ControleSaisiesPlugin controle;

  @Test
  void claire_ne_peut_pas_choisir_le_service_qui_traitera_sa_reponse() {
    Nir assure = assures.nouveau();
    Http.Client claire = http.en(assure.identifiant(), NouveauxAssures.CODE);
    String reference = claire.post("/api/messagerie/messages",
        Map.of("motif", "CARTE_VITALE", "type", "question", "objet", "Carte", "texte", "Bonjour, ma carte ne marche plus.")).json()
        .path("reference").asText();
    String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
    Task traiter = taskService.createTaskQuery().processInstanceId(pi).singleResult();
    assertThat(http.en("agent.droits").post("/engine-rest/task/" + traiter.getId() + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"complement\"},\"question\":{\"value\":\"Quel est le numéro de la carte ?\"}}}").statut())
        .isEqualTo(204);
    jobs.deLInstance(pi);
    Task completer = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_CompleterDemande").singleResult();

    Reponse refus = claire.post("/engine-rest/task/" + completer.getId() + "/submit-form",
        "{\"variables\":{\"complement\":{\"value\":\"Le numéro est 123.\"},\"groupeTraitant\":{\"value\":\"assures\"}}}");

    assertThat(refus.statut()).isEqualTo(400);
    assertThat(refus.typeContenu()).startsWith("application/problem+json");
    assertThat(refus.detail()).contains("Le champ « groupeTraitant » n'est pas attendu par le formulaire « Compléter votre demande »");
    assertThat(refus.json().path("message").asText()).doesNotContain("Cannot");
    assertThat(runtimeService.getVariable(pi, "groupeTraitant")).isEqualTo(Groupes.GESTION_DROITS);
    assertThat(taskService.createTaskQuery().taskId(completer.getId()).count()).isOne();
    assertThat(claire.post("/engine-rest/task/" + completer.getId() + "/submit-form",
        "{\"variables\":{\"complement\":{\"value\":\"Le numéro est 123.\"}}}").statut()).isEqualTo(204);
  }

  @Test
  void un_assure_ne_peut_pas_preremplir_la_decision_de_l_agent_sur_sa_declaration() {
    Nir assure = assures.nouveau();
    Http.Client client = http.en(assure.identifiant(), NouveauxAssures.CODE);
    Task declarer = declarationCommenceePar(client);

    Reponse refus = client.post("/engine-rest/task/" + declarer.getId() + "/submit-form", "{\"variables\":{"
        + "\"beneficiaire\":{\"value\":\"" + assure.valeur() + "\"},\"motif\":{\"value\":\"perte\"},"
        + "\"adresseLigne1\":{\"value\":\"27 rue des Vignes\"},\"adresseCodePostal\":{\"value\":\"33000\"},"
        + "\"adresseCommune\":{\"value\":\"Bordeaux\"},\"engagementRestitution\":{\"value\":true},"
        + "\"decision\":{\"value\":\"accepter\"}}}");

    assertThat(refus.statut()).isEqualTo(400);
    assertThat(refus.detail()).contains("« decision »");
    assertThat(runtimeService.getVariable(declarer.getProcessInstanceId(), "decision")).isNull();
    assertThat(taskService.createTaskQuery().taskId(declarer.getId()).count()).isOne();
  }

  @Test
  void un_assure_ne_choisit_pas_la_reference_de_son_dossier_ni_celle_d_un_autre() {
    Nir premier = assures.nouveau();
    Nir second = assures.nouveau();
    String reservee = "CV-2099-000001";

    Reponse refus = http.en(premier.identifiant(), NouveauxAssures.CODE)
        .post("/engine-rest/process-definition/key/CarteVitalePerteVol/start", "{\"businessKey\":\"" + reservee + "\"}");

    assertThat(refus.statut()).isEqualTo(400);
    assertThat(refus.detail()).contains("La référence du dossier est attribuée par la CPAM");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reservee).count()).isZero();
    Reponse declaration = http.en(second.identifiant(), NouveauxAssures.CODE).post("/api/cartes-vitale/declarations", Map.of(
        "beneficiaire", second.valeur(), "motif", "vol", "engagementRestitution", true, "adresse",
        Map.of("ligne1", NouveauxAssures.ADRESSE_LIGNE1, "codePostal", NouveauxAssures.CODE_POSTAL, "commune", NouveauxAssures.COMMUNE)));
    assertThat(declaration.statut()).as(declaration.corps()).isEqualTo(201);
  }

  @Test
  void un_agent_ne_transmet_qu_a_un_service_connu() {
    Nir assure = assures.nouveau();
    String reference = http.en(assure.identifiant(), NouveauxAssures.CODE).post("/api/messagerie/messages",
        Map.of("motif", "CARTE_VITALE", "type", "question", "objet", "Carte", "texte", "Bonjour.")).json().path("reference").asText();
    String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
    String tache = taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();

    for (String cible : new String[] {"[Assurés](https://exemple.org)", "x".repeat(41)}) {
      Reponse transmission = http.en("agent.droits").post("/engine-rest/task/" + tache + "/submit-form",
          "{\"variables\":{\"decision\":{\"value\":\"transmettre\"},\"serviceCible\":{\"value\":\"" + cible + "\"},"
              + "\"motifTransfert\":{\"value\":\"Pour le service compétent.\"}}}");
      assertThat(transmission.statut()).as(cible).isEqualTo(400);
      assertThat(transmission.detail()).contains("n'est pas possible pour le champ « serviceCible »");
      Reponse routage = http.en("agent.droits").post("/engine-rest/task/" + tache + "/submit-form",
          "{\"variables\":{\"decision\":{\"value\":\"repondre\"},\"reponse\":{\"value\":\"Voici.\"},"
              + "\"groupeTraitant\":{\"value\":\"" + cible + "\"}}}");
      assertThat(routage.statut()).as(cible).isEqualTo(400);
    }
    assertThat(runtimeService.getVariable(pi, "groupeTraitant")).isEqualTo(Groupes.GESTION_DROITS);
    assertThat(managementService.createJobQuery().processInstanceId(pi).activityId("Task_ChangerService").count()).isZero();
  }

  @Test
  void objets_java_octets_json_et_valeurs_de_plusieurs_mo_sont_refuses() {
    Http.Client claire = http.en(Http.CLAIRE);
    String un = "x".repeat(1024 * 1024);
    for (String texte : new String[] {
        "{\"type\":\"Object\",\"value\":\"{}\",\"valueInfo\":{\"objectTypeName\":\"org.springframework.context.support.ClassPathXmlApplicationContext\",\"serializationDataFormat\":\"application/json\"}}",
        "{\"type\":\"Object\",\"value\":\"rO0ABXA=\",\"valueInfo\":{\"objectTypeName\":\"java.lang.Object\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}",
        "{\"type\":\"Bytes\",\"value\":\"" + Base64.getEncoder().encodeToString(new byte[5 * 1024 * 1024]) + "\"}",
        "{\"type\":\"Json\",\"value\":\"{\\\"a\\\":1}\"}",
        "{\"value\":{\"a\":1}}",
        "{\"value\":\"" + un + "\"}"}) {
      long avant = runtimeService.createProcessInstanceQuery().processDefinitionKey("MessageAssure").count();
      Reponse refus = claire.post("/engine-rest/process-definition/key/MessageAssure/submit-form",
          "{\"variables\":{\"motif\":{\"value\":\"AUTRE\"},\"objet\":{\"value\":\"Objet\"},\"texte\":" + texte + "}}");
      assertThat(refus.statut()).as(texte.substring(0, Math.min(80, texte.length()))).isEqualTo(400);
      assertThat(refus.json().path("erreurs").get(0).path("champ").asText()).isEqualTo("texte");
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("MessageAssure").count()).isEqualTo(avant);
    }
  }

  @Test
  void un_assure_commence_un_nombre_limite_de_dossiers_par_jour_et_par_demarche() {
    Nir assure = assures.nouveau();
    Http.Client client = http.en(assure.identifiant(), NouveauxAssures.CODE);
    String message = "{\"variables\":{\"motif\":{\"value\":\"AUTRE\"},\"objet\":{\"value\":\"Objet\"},\"texte\":{\"value\":\"Bonjour.\"}}}";
    int avant = controle.limiterDemarrages(2);
    try {
      assertThat(client.post("/engine-rest/process-definition/key/MessageAssure/submit-form", message).statut()).isEqualTo(200);
      assertThat(client.post("/api/messagerie/messages",
          Map.of("motif", "AUTRE", "type", "question", "objet", "Objet", "texte", "Bonjour.")).statut()).isEqualTo(201);

      Reponse rest = client.post("/engine-rest/process-definition/key/MessageAssure/submit-form", message);
      Reponse api = client.post("/api/messagerie/messages", Map.of("motif", "AUTRE", "type", "question", "objet", "Objet", "texte", "Bonjour."));

      for (Reponse refus : new Reponse[] {rest, api}) {
        assertThat(refus.statut()).as(refus.corps()).isEqualTo(429);
        assertThat(refus.typeContenu()).startsWith("application/problem+json");
        assertThat(refus.detail()).startsWith("Vous avez déjà commencé 2 démarches « Message d'un assuré » aujourd'hui");
      }
      assertThat(historyService.createHistoricProcessInstanceQuery().startedBy(assure.identifiant()).count()).isEqualTo(2);
      Reponse autreDemarche = client.post("/engine-rest/process-definition/key/CarteVitalePerteVol/start", "{}");
      assertThat(autreDemarche.statut()).as("une autre démarche reste possible").isEqualTo(200);
    } finally {
      controle.limiterDemarrages(avant);
    }
  }

  @Test
  void une_assuree_ne_change_sa_tache_que_par_son_formulaire() {
    Nir assure = assures.nouveau();
    Http.Client client = http.en(assure.identifiant(), NouveauxAssures.CODE);
    Task declarer = declarationCommenceePar(client);
    String tache = "/engine-rest/task/" + declarer.getId();
    String autre = assures.nouveau().identifiant();
    String piece = "--B\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nrecu.pdf\r\n--B\r\n"
        + "Content-Disposition: form-data; name=\"content\"; filename=\"recu.pdf\"\r\n\r\n%PDF-1.4\r\n--B--\r\n";

    Map<String, Reponse> refus = new java.util.LinkedHashMap<>();
    refus.put("commentaire", client.post(tache + "/comment/create", Map.of("message", "Traitez-moi en premier.")));
    refus.put("pièce jointe", client.post(tache + "/attachment/create", "multipart/form-data; boundary=B",
        piece.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    refus.put("candidate", client.post(tache + "/identity-links", Map.of("userId", autre, "type", "candidate")));
    refus.put("groupe", client.post(tache + "/identity-links", Map.of("groupId", Groupes.ASSURES, "type", "candidate")));
    refus.put("retrait", client.post(tache + "/identity-links/delete", Map.of("userId", assure.identifiant(), "type", "assignee")));
    refus.put("échéance et priorité", client.put(tache, Map.of("name", "Urgent", "priority", 100, "due", "2026-01-01T00:00:00.000+0100")));
    refus.put("attribuée à une autre", client.post(tache + "/assignee", Map.of("userId", autre)));
    refus.put("déléguée", client.post(tache + "/delegate", Map.of("userId", autre)));
    refus.put("prise pour une autre", client.post(tache + "/claim", Map.of("userId", autre)));
    refus.put("rendue", client.post(tache + "/unclaim", "{}"));
    refus.put("prise pour personne", client.post(tache + "/claim", "{\"userId\":null}"));

    refus.forEach((quoi, reponse) -> assertThat(reponse.statut()).as(quoi + " : " + reponse.corps()).isEqualTo(403));
    var parTasklist = fr.cpam.demarches.SessionWebapp.tasklist(http.url(""), assure.identifiant(), NouveauxAssures.CODE).post(
        "/camunda/api/engine/engine/default/task/" + declarer.getId() + "/comment/create", "{\"message\":\"Par Tasklist.\"}", true);
    assertThat(parTasklist.statusCode()).as("commentaire par Tasklist : " + parTasklist.body()).isEqualTo(403);
    Task apres = taskService.createTaskQuery().taskId(declarer.getId()).singleResult();
    assertThat(apres.getAssignee()).isEqualTo(assure.identifiant());
    assertThat(apres.getPriority()).isEqualTo(declarer.getPriority());
    assertThat(apres.getDueDate()).isEqualTo(declarer.getDueDate());
    assertThat(apres.getName()).isEqualTo(declarer.getName());
    assertThat(taskService.getTaskComments(declarer.getId())).isEmpty();
    assertThat(taskService.getTaskAttachments(declarer.getId())).isEmpty();
    assertThat(taskService.getIdentityLinksForTask(declarer.getId())).noneMatch(l -> autre.equals(l.getUserId())
        || Groupes.ASSURES.equals(l.getGroupId()));
    // What Tasklist needs for her stays hers: take her task, read and submit its form.
    assertThat(client.post(tache + "/claim", Map.of("userId", assure.identifiant())).statut()).isEqualTo(204);
    assertThat(client.get(tache + "/form-variables").statut()).isEqualTo(200);
  }

  @Test
  void un_agent_ne_prend_pas_une_tache_au_nom_d_un_collegue() {
    Nir assure = assures.nouveau();
    String reference = http.en(assure.identifiant(), NouveauxAssures.CODE).post("/api/messagerie/messages",
        Map.of("motif", "CARTE_VITALE", "type", "question", "objet", "Carte", "texte", "Bonjour.")).json().path("reference").asText();
    String tache = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();

    Reponse refus = http.en("agent.droits").post("/engine-rest/task/" + tache + "/claim", Map.of("userId", "agent.accueil"));

    assertThat(refus.statut()).as(refus.corps()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(tache).singleResult().getAssignee()).isNull();
    assertThat(http.en("agent.droits").post("/engine-rest/task/" + tache + "/claim", Map.of("userId", "agent.droits")).statut())
        .isEqualTo(204);
  }

  @Test
  void une_saisie_refusee_fait_une_ligne_warn_sans_rien_de_ce_que_la_personne_a_tape(CapturedOutput sortie) {
    Nir assure = assures.nouveau();
    Reponse refus = http.en(assure.identifiant(), NouveauxAssures.CODE).post(
        "/engine-rest/process-definition/key/MessageAssure/submit-form",
        "{\"variables\":{\"motif\":{\"value\":\"AUTRE\"},\"objet\":{\"value\":\"Objet\"},"
            + "\"texte\":{\"value\":\"Mon arret de travail PERSONNEL-7431\"},\"motifSecret9\":{\"value\":\"x\"},"
            + "\"groupeTraitant\":{\"value\":\"ROUTAGE-8812\"}}}");

    assertThat(refus.statut()).isEqualTo(400);
    assertThat(sortie.getOut())
        .contains("WARN", "Saisie refusée par le formulaire « Message d'un assuré » : 2 champ(s) en erreur, dont 2 non attendu(s)")
        .doesNotContain("ENGINE-16004", "PERSONNEL-7431", "ROUTAGE-8812", "motifSecret9", assure.identifiant());
  }

  /** A loss declaration started by this citizen through the engine's API: its first task, hers. */
  private Task declarationCommenceePar(Http.Client client) {
    String pi = client.post("/engine-rest/process-definition/key/CarteVitalePerteVol/start", "{}").json().path("id").asText();
    return taskService.createTaskQuery().processInstanceId(pi).singleResult();
  }
}
