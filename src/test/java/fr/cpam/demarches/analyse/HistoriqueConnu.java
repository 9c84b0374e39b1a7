package fr.cpam.demarches.analyse;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.engine.Groupes;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * A history whose figures are known, built once per test context with the engine clock: the
 * procedure {@code TestAnalyses} in two versions, and four messages of the messagerie a year
 * and more ago (a period no other test writes in).
 *
 * <p>{@code TestAnalyses}: a request is examined by {@link #GROUPE} (a user task), then an
 * exclusive gateway sends it to a validation (user task) or rejects it.
 *
 * <ul>
 *   <li>Version 1, six dossiers from {@link #DEBUT}: five examined, whose wait before the claim is
 *       10, 20, 30, 40, 50 minutes and handling 5, 5, 10, 10, 60 minutes; the first three are
 *       complete and validated (claimed after 15 minutes, validated 30 minutes later); the sixth,
 *       started an hour before the others, is still waiting.
 *   <li>Version 2, two dossiers the next day: 5 minutes of wait and 5 of handling, rejected.
 * </ul>
 *
 * <p>Messages (motif, service): M1 droits et démarches (gestion-droits) answered after one day, in
 * time; M2 carte Vitale (gestion-droits) answered after five days, late; M3 remboursements
 * (accueil) answered after one hour; M4 remboursements (accueil) never answered. All written on
 * {@link #JOUR_MESSAGES} at 9:00, due two working days later.
 */
@Component
public class HistoriqueConnu {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  public static final String PROCESSUS = "TestAnalyses";
  public static final String EXAMINER = "Task_Examiner";
  public static final String VALIDER = "Task_Valider";
  public static final String FLUX_COMPLET = "Flow_Complet";
  public static final String FLUX_INCOMPLET = "Flow_Incomplet";
  public static final String FLUX_EXAMINE = "Flow_Examine";
  public static final String FLUX_RECU = "Flow_Recu";
  public static final String FLUX_VALIDE = "Flow_Valide";
  /**
   * The candidate group of its tasks: a group no agent belongs to, so that the open task of this
   * history never shows in an agent's Tasklist (nor changes what other tests count there).
   */
  public static final String GROUPE = "essai-analyses";
  /** Personal data the dossiers carry in their variables, which no analysis may show. */
  public static final String NIR = "2 85 04 75 112 345 60";
  public static final String NOM = "DUBOIS";

  /** Twenty days ago at 8:00: inside the default 90 days. */
  public static final ZonedDateTime DEBUT =
      LocalDate.now(HORLOGE).minusDays(20).atTime(LocalTime.of(8, 0)).atZone(Fuseau.PARIS);

  /** A Monday more than a year ago, not a holiday week (the first Monday of a March). */
  public static final LocalDate JOUR_MESSAGES =
      LocalDate.of(LocalDate.now(HORLOGE).getYear() - 2, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final Http http;
  private boolean construit;
  private final Map<String, String> references = new HashMap<>();

  HistoriqueConnu(
      RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService, IdentityService identityService, Http http) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.http = http;
  }

  /** Builds the history if this context has not yet; call it from a test method (process coverage). */
  public synchronized void construire() {
    if (construit) {
      return;
    }
    try {
      deployer("Examiner la demande");
      int[] attentes = {10, 20, 30, 40, 50};
      int[] traitements = {5, 5, 10, 10, 60};
      dossier(6, DEBUT.minusHours(1), -1, 0, false);
      for (int i = 0; i < 5; i++) {
        dossier(i + 1, DEBUT.plusHours(i), attentes[i], traitements[i], i < 3);
      }
      deployer("Examiner la demande (version 2)");
      for (int i = 0; i < 2; i++) {
        dossier(7 + i, DEBUT.plusDays(1).plusHours(i), 5, 5, false);
      }
      messages();
      construit = true;
    } finally {
      HorlogeDeTest.remettre();
    }
  }

  public String reference(String message) {
    return references.get(message);
  }

  private void deployer(String nomExamen) {
    BpmnModelInstance modele =
        Bpmn.createExecutableProcess(PROCESSUS)
            .name("Demande de test des analyses")
            .camundaHistoryTimeToLive(3650)
            .startEvent("StartEvent_Recue").name("Demande reçue")
            .sequenceFlowId(FLUX_RECU)
            .userTask(EXAMINER).name(nomExamen).camundaCandidateGroups(GROUPE)
            .sequenceFlowId(FLUX_EXAMINE)
            .exclusiveGateway("Gateway_Complete").name("Demande complète ?")
            .sequenceFlowId(FLUX_COMPLET).condition("Oui", "${complet}")
            .userTask(VALIDER).name("Valider la demande").camundaCandidateGroups(GROUPE)
            .sequenceFlowId(FLUX_VALIDE)
            .endEvent("EndEvent_Validee").name("Demande validée")
            .moveToNode("Gateway_Complete")
            .sequenceFlowId(FLUX_INCOMPLET).condition("Non", "${!complet}")
            .endEvent("EndEvent_Rejetee").name("Demande rejetée")
            .done();
    repositoryService.createDeployment().name("test-analyses").addModelInstance(PROCESSUS + ".bpmn", modele).deploy();
  }

  /** A dossier started at {@code debut}: claimed after {@code attente} minutes (never if negative), completed {@code traitement} later. */
  private void dossier(int numero, ZonedDateTime debut, int attente, int traitement, boolean complet) {
    le(debut);
    Map<String, Object> variables = new HashMap<>();
    variables.put("nir", NIR);
    variables.put("nomAssure", NOM);
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESSUS, "ANALYSE-" + numero + "-" + NOM, variables);
    if (attente < 0) {
      return;
    }
    ZonedDateTime t = prendreEtFinir(pi, EXAMINER, debut, attente, traitement, Map.of("complet", complet));
    if (complet) {
      prendreEtFinir(pi, VALIDER, t, 15, 30, Map.of());
    }
  }

  private ZonedDateTime prendreEtFinir(
      ProcessInstance pi, String tache, ZonedDateTime depuis, int attente, int traitement, Map<String, Object> variables) {
    Task t = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(tache).singleResult();
    ZonedDateTime prise = depuis.plusMinutes(attente);
    le(prise);
    taskService.claim(t.getId(), "agent.droits");
    ZonedDateTime fin = prise.plusMinutes(traitement);
    le(fin);
    taskService.complete(t.getId(), variables);
    return fin;
  }

  private void messages() {
    ZonedDateTime neufHeures = JOUR_MESSAGES.atTime(9, 0).atZone(Fuseau.PARIS);
    le(neufHeures);
    references.put("M1", ecrire("DROITS_DEMARCHES"));
    references.put("M2", ecrire("CARTE_VITALE"));
    references.put("M3", ecrire("REMBOURSEMENTS"));
    references.put("M4", ecrire("REMBOURSEMENTS"));
    le(neufHeures.plusHours(1));
    repondre("M3", "agent.accueil", Groupes.ACCUEIL);
    le(neufHeures.plusDays(1));
    repondre("M1", "agent.droits", Groupes.GESTION_DROITS);
    le(neufHeures.plusDays(5));
    repondre("M2", "agent.droits", Groupes.GESTION_DROITS);
  }

  private String ecrire(String motif) {
    var r = http.en(Http.CLAIRE).post("/api/messagerie/messages", Map.of(
        "motif", motif, "type", "question", "objet", "Question de Claire DUBOIS", "texte", "Bonjour, je suis Claire DUBOIS, NIR " + NIR + "."));
    if (r.statut() != 201) {
      throw new IllegalStateException(r.corps());
    }
    return r.json().path("reference").asText();
  }

  private void repondre(String message, String agent, String groupe) {
    Task tache =
        taskService.createTaskQuery().processInstanceBusinessKey(references.get(message)).taskDefinitionKey("Task_TraiterMessage").singleResult();
    identityService.setAuthentication(agent, List.of(groupe));
    try {
      taskService.claim(tache.getId(), agent);
      taskService.complete(tache.getId(), Map.of("decision", "repondre", "reponse", "Voici notre réponse."));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static void le(ZonedDateTime quand) {
    HorlogeDeTest.regler(quand);
  }
}
