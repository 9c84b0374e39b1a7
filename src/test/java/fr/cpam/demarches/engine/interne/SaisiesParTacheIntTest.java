package fr.cpam.demarches.engine.interne;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.interne.SaisiesDeclarees.Champ;
import fr.cpam.demarches.engine.interne.SaisiesDeclarees.Declaration;
import fr.cpam.demarches.engine.interne.SaisiesDeclarees.Genre;
import fr.cpam.demarches.performance.NouveauxAssures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every start and every user task of every model of {@code processes/}, found in the deployed
 * models (a new model is walked without changing this test): the person who may work it submits
 * an undeclared variable, a value of the wrong type, an Object variable and an oversize value,
 * by {@code submit-form} and {@code complete} (starts: {@code submit-form} and {@code start}, by
 * key and by id). Each is refused with a French problem, and nothing is written.
 */
@TestIntegration
class SaisiesParTacheIntTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  static final String NON_DECLARE = "groupeTraitant";
  static final String OBJET_JAVA =
      "{\"type\":\"Object\",\"value\":\"{}\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\",\"serializationDataFormat\":\"application/json\"}}";

  @Autowired Http http;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngineConfiguration configuration;
  @Autowired ControleSaisiesPlugin controle;
  @Autowired NouveauxAssures assures;

  /** The reference of the accident whose tasks are walked (declared once). */
  String accidentDeclare;

  /** The process definitions deployed from processes/ (not those a test deploys). */
  List<ProcessDefinition> modeles() throws IOException {
    Set<String> fichiers;
    try (Stream<Path> liste = Files.list(Path.of("processes"))) {
      fichiers = liste.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bpmn")).collect(Collectors.toSet());
    }
    List<ProcessDefinition> modeles = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .filter(d -> fichiers.contains(Path.of(d.getResourceName()).getFileName().toString()))
        .toList();
    assertThat(modeles).hasSize(fichiers.size());
    return modeles;
  }

  @Test
  void chaque_tache_de_chaque_modele_refuse_ce_que_son_formulaire_ne_declare_pas() throws IOException {
    int taches = 0;
    for (ProcessDefinition modele : modeles()) {
      BpmnModelInstance bpmn = repositoryService.getBpmnModelInstance(modele.getId());
      for (UserTask tache : bpmn.getModelElementsByType(UserTask.class)) {
        verifierLaTache(modele, tache);
        taches++;
      }
    }
    assertThat(taches).as("tâches parcourues").isGreaterThanOrEqualTo(13);
  }

  @Test
  void chaque_demarrage_de_chaque_modele_refuse_ce_que_son_formulaire_ne_declare_pas() throws IOException {
    int demarrages = 0;
    for (ProcessDefinition modele : modeles()) {
      BpmnModelInstance bpmn = repositoryService.getBpmnModelInstance(modele.getId());
      Process processus = bpmn.getModelElementById(modele.getKey());
      for (StartEvent debut : processus.getChildElementsByType(StartEvent.class)) {
        verifierLeDemarrage(modele, debut);
        demarrages++;
      }
    }
    assertThat(demarrages).as("démarrages parcourus").isEqualTo(modeles().size());
  }

  private void verifierLaTache(ProcessDefinition modele, UserTask element) {
    ProcessInstance instance = runtimeService.createProcessInstanceById(modele.getId())
        .setVariables(variablesDeDepart(modele.getKey()))
        .startBeforeActivity(element.getId())
        .executeWithVariablesInReturn(true, true);
    try {
      Task tache = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(element.getId()).singleResult();
      assertThat(tache).as(element.getId()).isNotNull();
      String personne = quiPeutLaTraiter(tache);
      Declaration declaration = declaration(tache);
      Map<String, String> essais = essais(declaration);
      Map<String, Object> avant = runtimeService.getVariables(instance.getId());
      Map<String, Object> avantTache = taskService.getVariablesLocal(tache.getId());
      for (var essai : essais.entrySet()) {
        for (String action : List.of("submit-form", "complete")) {
          var reponse = http.en(personne).post("/engine-rest/task/" + tache.getId() + "/" + action,
              "{\"variables\":{" + essai.getValue() + "}}");
          String cas = modele.getKey() + "/" + element.getId() + " " + action + " " + essai.getKey() + " par " + personne;
          assertThat(reponse.statut()).as(cas + " : " + reponse.corps()).isEqualTo(400);
          assertThat(reponse.typeContenu()).as(cas).startsWith("application/problem+json");
          assertThat(reponse.detail()).as(cas).startsWith("Le formulaire contient");
          assertThat(taskService.createTaskQuery().taskId(tache.getId()).count()).as(cas + " : tâche toujours ouverte").isOne();
          assertThat(runtimeService.getVariables(instance.getId())).as(cas + " : rien d'écrit").isEqualTo(avant);
          assertThat(taskService.getVariablesLocal(tache.getId())).as(cas + " : rien d'écrit").isEqualTo(avantTache);
        }
      }
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "test des saisies", true, true);
    }
  }

  private void verifierLeDemarrage(ProcessDefinition modele, StartEvent debut) {
    boolean citoyen = String.valueOf(
        repositoryService.getBpmnModelInstance(modele.getId()).<Process>getModelElementById(modele.getKey())
            .getCamundaCandidateStarterGroups()).contains(Groupes.ASSURES);
    Declaration declaration = ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired().execute(contexte ->
        controle.declarations().pourDemarrage(
            contexte.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(modele.getId()), contexte));
    long avant = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(modele.getKey()).count();
    for (var essai : essais(declaration).entrySet()) {
      for (String chemin : List.of("key/" + modele.getKey() + "/submit-form", "key/" + modele.getKey() + "/start",
          modele.getId() + "/submit-form", modele.getId() + "/start")) {
        var reponse = http.en(Http.CLAIRE).post("/engine-rest/process-definition/" + chemin, "{\"variables\":{" + essai.getValue() + "}}");
        String cas = debut.getId() + " " + chemin + " " + essai.getKey();
        if (citoyen) {
          assertThat(reponse.statut()).as(cas + " : " + reponse.corps()).isEqualTo(400);
          assertThat(reponse.typeContenu()).as(cas).startsWith("application/problem+json");
        } else {
          assertThat(reponse.statut()).as(cas + " : démarche que l'assuré ne commence pas").isIn(403, 404);
        }
      }
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(modele.getKey()).count())
        .as(modele.getKey() + " : aucun dossier commencé").isEqualTo(avant);
  }

  /** An undeclared variable, a wrong type, an Object, an oversize value: each as JSON of the REST API. */
  static Map<String, String> essais(Declaration declaration) {
    Map<String, String> essais = new LinkedHashMap<>();
    essais.put("variable non déclarée", "\"" + NON_DECLARE + "\":{\"value\":\"assures\"}");
    Champ champ = declaration.champs().values().stream().filter(c -> !c.lectureSeule()).findFirst().orElse(null);
    String nom = champ == null ? "valeurNonDeclaree" : champ.nom();
    essais.put("objet Java", "\"" + nom + "\":" + OBJET_JAVA);
    if (champ == null) {
      essais.put("valeur trop longue", "\"" + nom + "\":{\"value\":\"" + "x".repeat(SaisiesDeclarees.TEXTE_MAX + 1) + "\"}");
      essais.put("mauvais type", "\"" + nom + "\":{\"value\":true}");
      return essais;
    }
    essais.put("mauvais type", "\"" + nom + "\":" + switch (champ.genre()) {
      case TEXTE, DATE, FICHIER -> "{\"value\":12}";
      case NOMBRE, BOOLEEN -> "{\"value\":\"douze\"}";
    });
    Champ texte = declaration.champs().values().stream()
        .filter(c -> !c.lectureSeule() && (c.genre() == Genre.TEXTE || c.genre() == Genre.FICHIER)).findFirst().orElse(champ);
    essais.put("valeur trop longue", "\"" + texte.nom() + "\":" + switch (texte.genre()) {
      case FICHIER -> "{\"type\":\"File\",\"value\":\"" + java.util.Base64.getEncoder().encodeToString(new byte[(int) texte.limite() + 1])
          + "\",\"valueInfo\":{\"filename\":\"grand.pdf\"}}";
      case TEXTE -> "{\"value\":\"" + "x".repeat((int) Math.max(texte.limite(), 1) + 1) + "\"}";
      default -> "{\"value\":\"" + "x".repeat(SaisiesDeclarees.TEXTE_MAX + 1) + "\"}";
    });
    return essais;
  }

  private Declaration declaration(Task tache) {
    return ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired().execute(contexte ->
        controle.declarations().pourTache(contexte.getTaskManager().findTaskById(tache.getId()), contexte));
  }

  /** The assignee, or a member of a candidate group. */
  private String quiPeutLaTraiter(Task tache) {
    if (tache.getAssignee() != null) {
      return tache.getAssignee();
    }
    List<String> groupes = new ArrayList<>();
    for (IdentityLink lien : taskService.getIdentityLinksForTask(tache.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(lien.getType()) && lien.getGroupId() != null) {
        groupes.add(lien.getGroupId());
      }
    }
    assertThat(groupes).as("groupes de " + tache.getTaskDefinitionKey()).isNotEmpty();
    return identityService.createUserQuery().memberOfGroup(groupes.get(0)).orderByUserId().asc().list().stream()
        .map(u -> u.getId())
        .filter(id -> !id.equals("admin"))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The same, for a procedure whose tasks read their dossier when they are created: a declared
   * accident (its tasks show its summary and its claim, with the priority its path table gave).
   */
  private Map<String, Object> variablesDeDepart(String procedure) {
    Map<String, Object> variables = variablesDeDepart();
    if (procedure.equals("AccidentTiers")) {
      if (accidentDeclare == null) {
        Nir victime = assures.nouveau();
        var declaration = http.en(victime.identifiant(), NouveauxAssures.CODE).post("/api/accidents-tiers", Map.of("beneficiaire",
            victime.formate(), "dateAccident", LocalDate.now(HORLOGE).minusDays(3).toString(), "lieu", "Quai de la Fosse, Nantes",
            "natureAccident", "circulation", "circonstances", "Renversé par un vélo.", "tiersConnu", false, "pvOuPlainte", false));
        assertThat(declaration.statut()).as(declaration.corps()).isEqualTo(201);
        accidentDeclare = declaration.json().path("reference").asText();
      }
      variables.put("reference", accidentDeclare);
      variables.put("priorite", 50);
    }
    return variables;
  }

  /** What the task's assignee, candidate groups and dates read when it is created. */
  static Map<String, Object> variablesDeDepart() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("initiator", Http.CLAIRE);
    variables.put("reference", "TEST-SAISIES");
    variables.put("groupeTraitant", Groupes.ACCUEIL);
    variables.put("dateEcheance", new Date(System.currentTimeMillis() + 86_400_000L));
    variables.put("dateLimiteComplement", new Date(System.currentTimeMillis() + 86_400_000L));
    variables.put("delaiJoursOuvres", 2);
    return variables;
  }
}
