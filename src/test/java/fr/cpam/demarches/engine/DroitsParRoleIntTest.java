package fr.cpam.demarches.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.engine.config.DroitsInitializer;
import fr.cpam.demarches.notification.NotificationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may reach what, as a table: each role against each resource, with the expected status.
 * Citizen A is Claire; citizen B is Inès. Claire starts a dossier of her own (a test process
 * deployed here, startable by citizens like every citizen procedure) and gets its first task. A
 * doctor and an employer send an arrêt whose attestation lacks the 6-month total: the dossier
 * waits at the prestations-especes agents' task "Obtenir le chiffre manquant de l'attestation".
 */
@TestIntegration
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DroitsParRoleIntTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  static final String PROCESSUS = "TestDossierCitoyen";
  static final String PROCESSUS_AGENT = "TestDossierAgent";
  static final String REFERENCE_CLAIRE = "TEST-DROITS-CLAIRE";

  @Autowired Http http;
  @Autowired JobsDus jobs;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired DroitsInitializer droits;
  @Autowired org.camunda.bpm.engine.AuthorizationService authorizationService;
  @Autowired NotificationService notifications;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired fr.cpam.demarches.performance.NouveauxAssures assures;

  String deploiement;
  String dossierDeClaire;
  String tacheDeClaire;
  /** A dossier of Claire's that "Mes démarches" shows (a message to her CPAM). */
  String referenceDeClaire;
  String tacheChiffreManquant;

  /**
   * Started from the first test rather than in {@code @BeforeAll}: the process coverage
   * recorder of the test context accepts process activity only inside a test method.
   */
  @BeforeEach
  void claireDemarreUnDossier() {
    if (dossierDeClaire != null) {
      return;
    }
    BpmnModelInstance modele =
        Bpmn.createExecutableProcess(PROCESSUS)
            .camundaHistoryTimeToLive(1)
            .camundaStartableInTasklist(true)
            .startEvent("StartEvent_DossierRecu")
            .camundaInitiator("initiator")
            // The server gives a dossier its reference, as the real procedures do.
            .camundaExecutionListenerExpression("start", "${execution.setProcessBusinessKey('" + REFERENCE_CLAIRE + "')}")
            .userTask("Task_CompleterDossier")
            .camundaAssignee("${initiator}")
            .endEvent("EndEvent_DossierComplet")
            .done();
    BpmnModelInstance modeleAgent =
        Bpmn.createExecutableProcess(PROCESSUS_AGENT)
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_DossierRecu")
            .userTask("Task_TraiterDossier")
            .camundaCandidateGroups(Groupes.ACCUEIL)
            .endEvent("EndEvent_DossierTraite")
            .done();
    modele.<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById(PROCESSUS)
        .setCamundaCandidateStarterGroups(Groupes.ASSURES);
    deploiement =
        repositoryService.createDeployment().name("test-droits").addModelInstance(PROCESSUS + ".bpmn", modele)
            .addModelInstance(PROCESSUS_AGENT + ".bpmn", modeleAgent).deploy().getId();
    droits.afterSingletonsInstantiated();
    var demarrage = http.en(Http.CLAIRE).post("/engine-rest/process-definition/key/" + PROCESSUS + "/start", "{}");
    assertThat(demarrage.statut()).as(demarrage.corps()).isEqualTo(200);
    dossierDeClaire = demarrage.json().path("id").asText();
    tacheDeClaire = taskService.createTaskQuery().processInstanceId(dossierDeClaire).singleResult().getId();
    notifications.notifier(Http.CLAIRE, "TEST-DROITS", "Notification de Claire", "Réservée à Claire.");
    referenceDeClaire = http.en(Http.CLAIRE).post("/api/messagerie/messages", java.util.Map.of("motif", "COMPTE_AMELI",
        "type", "question", "objet", "Droits de Claire", "texte", "Question réservée à Claire.")).json().path("reference").asText();
    // A dossier of the real citizen procedure AccidentTiers: Claire declares an accident of Hugo.
    var accident = http.en(Http.CLAIRE).post("/api/accidents-tiers", java.util.Map.of("beneficiaire", "Hugo",
        "dateAccident", java.time.LocalDate.now().minusDays(2).toString(), "lieu", "Cour de l'école", "natureAccident", "sport-loisir",
        "circonstances", "Poussé par un camarade.", "tiersConnu", true, "tiersIdentite", "Un camarade de classe", "pvOuPlainte", false));
    assertThat(accident.statut()).as(accident.corps()).isIn(201, 409);
    accidentDeClaire = accident.statut() == 201 ? accident.json().path("reference").asText()
        : accident.detail().replaceAll(".*suivez le dossier (\\S+)\\..*", "$1");
    dossierAccident = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(accidentDeClaire).singleResult().getId();
    tacheRct = taskService.createTaskQuery().processInstanceId(dossierAccident).singleResult().getId();
    tacheChiffreManquant = chiffreManquant(assures.nouveau());
  }

  static final String CHIFFRE_MANQUANT = "Task_ObtenirChiffreManquant";

  /**
   * An arrêt of this person whose attestation gives 100 hours and 3 × 500 € but no 6-month
   * total: the eligibility rule needs it, so the dossier waits at {@link #CHIFFRE_MANQUANT}.
   */
  String chiffreManquant(fr.cpam.demarches.compte.Nir nir) {
    java.time.LocalDate debut = LocalDate.now(HORLOGE).minusDays(1);
    var avis = http.en("medecin").post("/api/arrets-travail", java.util.Map.of("nir", nir.formate(), "dateDebut", debut.toString(),
        "dateFin", debut.plusDays(20).toString(), "datePrescription", debut.toString(), "prolongation", false,
        "siretEmployeur", "12345678900015"));
    assertThat(avis.statut()).as(avis.corps()).isEqualTo(201);
    String reference = avis.json().path("reference").asText();
    var attestation = http.en("employeur").post("/api/attestations-salaire", java.util.Map.of("referenceArret", reference,
        "salairesBruts", List.of(500, 500, 500), "heuresTravaillees", 100, "subrogation", false));
    assertThat(attestation.statut()).as(attestation.corps()).isEqualTo(201);
    // The task is in the payment cycle the dossier calls: same reference (business key).
    jobs.duDossier(reference);
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(CHIFFRE_MANQUANT).singleResult().getId();
  }

  private void executerLesJobs(String pi) {
    jobs.deLInstance(pi);
  }

  String accidentDeClaire;
  String dossierAccident;
  String tacheRct;

  @AfterAll
  void nettoyer() {
    if (deploiement != null) {
      repositoryService.deleteDeployment(deploiement, true);
    }
  }

  static final String ANONYME = "anonyme";
  static final List<String> ROLES =
      List.of(ANONYME, Http.CLAIRE, Http.INES, "agent.accueil", "agent.droits", "agent.prestations",
          "agent.medical", "agent.rct", "superviseur", "analyste", "admin", "medecin", "employeur", "prometheus");

  /** Expected status per role, in the order of {@link #ROLES}. */
  record Ligne(String ressource, Function<DroitsParRoleIntTest, String> chemin, int... statuts) {}

  static List<Ligne> tableau() {
    // anonyme, Claire, Inès, accueil, droits, prestations, médical, rct, superviseur, analyste, admin, médecin, employeur, prometheus
    return List.of(
        new Ligne("liste des tâches", t -> "/engine-rest/task",
            401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403, 403, 403),
        new Ligne("tâche de Claire", t -> "/engine-rest/task/" + t.tacheDeClaire,
            401, 200, 404, 404, 404, 404, 404, 404, 200, 200, 200, 403, 403, 403),
        new Ligne("dossier de Claire", t -> "/engine-rest/process-instance/" + t.dossierDeClaire,
            401, 200, 404, 404, 404, 404, 404, 404, 200, 200, 200, 403, 403, 403),
        new Ligne("tâche « Obtenir le chiffre manquant »", t -> "/engine-rest/task/" + t.tacheChiffreManquant,
            401, 404, 404, 404, 404, 200, 404, 404, 200, 200, 200, 403, 403, 403),
        new Ligne("mon compte", t -> "/api/moi",
            401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("compte d'un assuré", t -> "/api/assures/285047511234560",
            401, 403, 403, 200, 200, 200, 200, 200, 200, 403, 403, 403, 403, 403),
        new Ligne("mes notifications", t -> "/api/notifications",
            401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("mes paiements", t -> "/api/paiements",
            401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("mes accidents causés par un tiers", t -> "/api/accidents-tiers",
            401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("genres d'accident", t -> "/api/accidents-tiers/natures",
            401, 200, 200, 200, 200, 200, 200, 200, 200, 403, 403, 403, 403, 403),
        new Ligne("accident de Claire", t -> "/api/accidents-tiers/" + t.accidentDeClaire,
            401, 200, 404, 403, 403, 403, 403, 200, 200, 403, 403, 403, 403, 403),
        new Ligne("dossier d'accident de Claire dans le moteur", t -> "/engine-rest/process-instance/" + t.dossierAccident,
            401, 200, 404, 404, 404, 404, 404, 404, 200, 200, 200, 403, 403, 403),
        new Ligne("« Qualifier la déclaration » d'un accident", t -> "/engine-rest/task/" + t.tacheRct,
            401, 404, 404, 404, 404, 404, 404, 200, 200, 200, 200, 403, 403, 403),
        // Mon espace: citizens only; who is not logged in is sent to the login page (302).
        new Ligne("Mon espace : accueil", t -> "/espace/",
            302, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : mes démarches", t -> "/espace/demarches",
            302, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : messagerie", t -> "/espace/messagerie",
            302, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : écrire un message", t -> "/espace/messagerie/nouveau",
            302, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : mes paiements", t -> "/espace/paiements",
            302, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : relevé de paiements", t -> "/espace/paiements/releve",
            302, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : ma carte Vitale", t -> "/espace/carte-vitale",
            302, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : déclarer la perte ou le vol d'une carte", t -> "/espace/carte-vitale/declaration",
            302, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : commander une première carte", t -> "/espace/carte-vitale/commande",
            302, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : délais de traitement", t -> "/espace/delais",
            302, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : simulation des indemnités", t -> "/espace/simulation-indemnites",
            302, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : la conversation de Claire", t -> "/espace/messagerie/" + t.referenceDeClaire,
            302, 200, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : le dossier de Claire", t -> "/espace/demarches/" + t.referenceDeClaire,
            302, 200, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : déclarer un accident causé par un tiers", t -> "/espace/accident-tiers/declaration",
            302, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : le dossier d'accident de Claire", t -> "/espace/demarches/" + t.accidentDeClaire,
            302, 200, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        // The photo's page exists for carte Vitale dossiers only: Claire's message answers as unknown.
        new Ligne("Mon espace : pièces d'un dossier de Claire", t -> "/espace/demarches/" + t.referenceDeClaire + "/pieces",
            302, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : dossier inconnu", t -> "/espace/demarches/CV-2026-AAAAA-AAAA",
            302, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("Mon espace : adresse inconnue", t -> "/espace/inconnue",
            302, 404, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        // The shared login page is open to anyone (a webapp session would be sent on, HTTP Basic is none);
        // the 403 page says only that, to anyone.
        new Ligne("Mon espace : connexion", t -> "/espace/connexion",
            200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        new Ligne("Mon espace : accès refusé", t -> "/espace/acces-refuse",
            403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        // Giving up a démarche: its owner only; another citizen is answered as for an unknown dossier.
        new Ligne("abandon d'une démarche de Claire", t -> "/api/demarches/" + REFERENCE_CLAIRE + "/abandon",
            401, 200, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403),
        new Ligne("délais de traitement", t -> "/api/delais-traitement/thematiques",
            401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        // Spring Boot test contexts export no Prometheus metrics: 404 means "let through". The
        // content is read on production-like nodes in exploitation.DeuxNoeudsIntTest.
        new Ligne("métriques Prometheus", t -> "/actuator/prometheus",
            401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 403, 403, 404),
        new Ligne("métriques une à une", t -> "/actuator/metrics/jvm.memory.used",
            401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 200),
        new Ligne("points de gestion", t -> "/actuator",
            401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403),
        new Ligne("analyses d'un processus", t -> "/api/analyses/processus/" + PROCESSUS_AGENT + "/statistiques",
            401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403, 403),
        new Ligne("journal des événements", t -> "/api/analyses/processus/" + PROCESSUS_AGENT + "/journal?format=csv",
            401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403, 403),
        new Ligne("échéances de la messagerie", t -> "/api/analyses/messagerie",
            401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403, 403),
        new Ligne("documentation de l'API", t -> "/v3/api-docs",
            401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403),
        // The ways in are open to anyone, logged in or not; the demo's mailbox too (demo only).
        new Ligne("code oublié", t -> "/connexion/code-oublie",
            200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        new Ligne("code oublié, demande enregistrée", t -> "/connexion/code-oublie/demande-enregistree",
            200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        new Ligne("créer un compte", t -> "/connexion/creer-compte",
            200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        new Ligne("créer un compte, lien envoyé", t -> "/connexion/creer-compte/lien-envoye",
            200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        // The e-mail's link: only the link itself opens the choice of the code; a wrong one is gone.
        new Ligne("créer un compte, lien inconnu", t -> "/connexion/creer-compte/confirmer?jeton=inconnu",
            410, 410, 410, 410, 410, 410, 410, 410, 410, 410, 410, 410, 410, 410),
        new Ligne("créer un compte, compte créé", t -> "/connexion/creer-compte/compte-cree",
            200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        new Ligne("boîte aux lettres de démonstration", t -> "/demo/courriels",
            200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        // The one-time code's page: only while a login waits for its code in this session; else
        // back to the login page, whoever asks.
        new Ligne("code à usage unique", t -> "/espace/connexion/code-unique",
            302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302),
        // FranceConnect: the way to the provider (the demo's simulated one), the return (here
        // without an answer: refused, to its page), the refusal page, the return from its logout.
        new Ligne("FranceConnect, vers le fournisseur", t -> "/connexion/franceconnect/autorisation/franceconnect",
            302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302),
        new Ligne("FranceConnect, retour", t -> "/connexion/franceconnect/retour",
            302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302),
        new Ligne("FranceConnect, refus", t -> "/connexion/franceconnect/refus?motif=aucun",
            200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        new Ligne("FranceConnect, retour de la déconnexion", t -> "/connexion/franceconnect/deconnecte",
            302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302),
        // Without the profile "formation" the trainers' addresses exist for nobody, not even
        // behind a login: the same 404 for all (formation.BaseDeFormationIntTest).
        new Ligne("état du serveur de formation", t -> "/formation/etat",
            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404),
        new Ligne("pages des formateurs", t -> "/formation/",
            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404),
        // With the profile, only trainers: formation.SessionsPagesIntTest and
        // formation.ProgressionPagesIntTest (learners, agents, supervisors 403; anonymous to the
        // login page); the debrief to its learner only (anyone else 403).
        new Ligne("sessions de formation", t -> "/formation/sessions",
            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404),
        new Ligne("nouvelle session de formation", t -> "/formation/sessions/nouvelle",
            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404),
        new Ligne("fermeture d'une session de formation", t -> "/formation/sessions/abcd/fermer",
            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404),
        new Ligne("page de refus des formateurs", t -> "/formation/acces-refuse",
            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404),
        new Ligne("progression d'une session de formation", t -> "/formation/sessions/abcd/progression",
            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404),
        new Ligne("résultats d'une session de formation (CSV)", t -> "/formation/sessions/abcd/resultats.csv",
            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404),
        new Ligne("dossier d'un stagiaire", t -> "/formation/sessions/abcd/stagiaires/1/dossiers/CV-2026-AAAAA-AAAA",
            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404),
        new Ligne("débriefing d'un stagiaire", t -> "/formation/debriefing",
            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404),
        // With the profile: open to anyone (the current password is the proof), formation.MotsDePasseDesStagiairesIntTest.
        new Ligne("mot de passe d'un stagiaire", t -> "/formation/mot-de-passe",
            404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404));
  }

  Stream<Arguments> cas() {
    List<Arguments> cas = new ArrayList<>();
    for (Ligne ligne : tableau()) {
      for (int i = 0; i < ROLES.size(); i++) {
        cas.add(Arguments.of(ligne.ressource(), ROLES.get(i), ligne.chemin(), ligne.statuts()[i]));
      }
    }
    return cas.stream();
  }

  @ParameterizedTest(name = "{0} pour {1} : {3}")
  @MethodSource("cas")
  void chaque_role_n_atteint_que_ce_que_son_role_permet(
      String ressource, String role, Function<DroitsParRoleIntTest, String> chemin, int attendu) {
    Http.Client client = ANONYME.equals(role) ? http.anonyme() : http.en(role);
    var reponse = client.get(chemin.apply(this));
    assertThat(reponse.statut()).as(ressource + " pour " + role + " : " + reponse.corps()).isEqualTo(attendu);
    if (reponse.statut() == 401 || reponse.statut() == 403 && chemin.apply(this).startsWith("/api")) {
      assertThat(reponse.typeContenu()).startsWith("application/problem+json");
      assertThat(reponse.detail()).isNotBlank();
    }
  }

  /** Identity endpoints: citizen A (Claire) learns nothing of citizen B (Inès), nor of an unknown NIR. */
  @Test
  void un_assure_ne_voit_que_son_propre_compte_parmi_les_identites_du_moteur() {
    String inconnu = "1990175002199";
    var claire = http.en(Http.CLAIRE);
    var ines = claire.get("/engine-rest/user/" + Http.INES + "/profile");
    var absent = claire.get("/engine-rest/user/" + inconnu + "/profile");
    assertThat(ines.statut()).isEqualTo(404).isEqualTo(absent.statut());
    assertThat(ines.corps()).isEqualTo(absent.corps().replace(inconnu, Http.INES));
    assertThat(claire.get("/engine-rest/user/" + Http.CLAIRE + "/profile").statut()).isEqualTo(200);
    assertThat(claire.get("/engine-rest/group?member=" + Http.INES).corps())
        .isEqualTo(claire.get("/engine-rest/group?member=" + inconnu).corps()).isEqualTo("[]");
    assertThat(claire.get("/engine-rest/group/count?member=" + Http.INES).json().path("count").asInt()).isZero();
    assertThat(claire.get("/engine-rest/identity/groups?userId=" + Http.INES).corps())
        .isEqualTo(claire.get("/engine-rest/identity/groups?userId=" + inconnu).corps());
    assertThat(claire.get("/engine-rest/user?firstName=Inès").json()).extracting(u -> u.path("id").asText()).containsExactly(Http.CLAIRE);
    // Citizens change nothing of identities; agents do not check codes without the login's delays.
    assertThat(claire.delete("/engine-rest/user/" + Http.CLAIRE).statut()).isEqualTo(403);
    assertThat(claire.put("/engine-rest/user/" + Http.CLAIRE + "/profile", java.util.Map.of("id", "x", "firstName", "X", "lastName", "X")).statut())
        .isEqualTo(403);
    assertThat(http.en("agent.accueil").post("/engine-rest/identity/verify", java.util.Map.of("username", Http.CLAIRE, "password", "0000")).statut())
        .isEqualTo(403);
    // Staff still see the people they serve.
    assertThat(http.en("agent.accueil").get("/engine-rest/user/" + Http.CLAIRE + "/profile").statut()).isNotEqualTo(500);
  }

  @Autowired fr.cpam.demarches.indemnites.Emetteurs emetteurs;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  /**
   * Senders act on their own arrêts only: Marc's demo arrêt (prescribed by the demo doctor, for
   * an employer of the demo payroll account) is closed, so its doctor and employer get 409; any
   * other doctor or employer gets the 404 of an unknown reference, word for word.
   */
  @Test
  void un_emetteur_n_agit_que_sur_les_arrets_de_son_medecin_ou_de_ses_salaries() {
    String arretDeMarc = jdbc.queryForObject(
        "select reference from arret_travail where nir like ? order by id fetch first 1 rows only", String.class, "1780169123456%");
    String inconnue = "IJ-2026-ABCDE-FGHJK";
    var reprise = java.util.Map.of("dateReprise", "2026-01-15");
    assertThat(http.en("medecin").post("/api/arrets-travail/" + arretDeMarc + "/reprise", reprise).statut()).isEqualTo(409);
    assertThat(http.en("employeur").post("/api/arrets-travail/" + arretDeMarc + "/reprise", reprise).statut()).isEqualTo(409);
    for (String[] autre : List.of(new String[] {Groupes.MEDECINS, "10007777777", null}, new String[] {Groupes.EMPLOYEURS, null, "41816609600069"})) {
      String id = autre[0] + ".matrice";
      if (identityService.createUserQuery().userId(id).count() == 0) {
        var utilisateur = identityService.newUser(id);
        utilisateur.setFirstName("Autre");
        utilisateur.setLastName("EMETTEUR");
        utilisateur.setPassword("Matrice-2026!");
        identityService.saveUser(utilisateur);
        identityService.createMembership(id, autre[0]);
        emetteurs.rattacher(id, List.of(autre[0]), autre[1], autre[2] == null ? null : List.of(autre[2]));
      }
      var pasLeSien = http.en(id, "Matrice-2026!").post("/api/arrets-travail/" + arretDeMarc + "/reprise", reprise);
      var inexistant = http.en(id, "Matrice-2026!").post("/api/arrets-travail/" + inconnue + "/reprise", reprise);
      assertThat(pasLeSien.statut()).as(id).isEqualTo(404);
      assertThat(pasLeSien.corps()).as(id).isEqualTo(inexistant.corps().replace(inconnue, arretDeMarc));
    }
  }

  /** A request that acts, with the expected status per role, in the order of {@link #ROLES}. */
  record Action(String ressource, Function<DroitsParRoleIntTest, String> chemin, String corps, int... statuts) {}

  static List<Action> actions() {
    String tache = "/engine-rest/task/";
    // anonyme, Claire, Inès, accueil, droits, prestations, médical, rct, superviseur, analyste, admin, médecin, employeur, prometheus
    return List.of(
        // 204: taken (and given back at once by the test).
        new Action("prendre « Obtenir le chiffre manquant »", t -> tache + t.tacheChiffreManquant + "/claim", "{\"userId\":\"%s\"}",
            401, 403, 403, 403, 403, 204, 403, 403, 204, 403, 204, 403, 403, 403),
        // 400: the right to complete it, and the form's own check after it (the figure is missing),
        // so that the dossier stays where it is; completing it for good is below.
        new Action("compléter « Obtenir le chiffre manquant »", t -> tache + t.tacheChiffreManquant + "/complete",
            "{\"variables\":{\"commentaireChiffre\":{\"value\":\"Appel du service paie.\"}}}",
            401, 403, 403, 403, 403, 400, 403, 403, 400, 403, 400, 403, 403, 403),
        // The daily letters at 16 start from their timer; an administrator may start a run by hand
        // (the test ends it at once). Citizens do not even see the procedure.
        new Action("démarrer « Lettre aux jeunes de 16 ans »", t -> "/engine-rest/process-definition/key/LettresSeizeAns/start", "{}",
            401, 404, 404, 403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403),
        new Action("démarrer « Lettre aux jeunes de 16 ans » par son formulaire",
            t -> "/engine-rest/process-definition/key/LettresSeizeAns/submit-form", "{}",
            401, 404, 404, 403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403));
  }

  Stream<Arguments> casActions() {
    List<Arguments> cas = new ArrayList<>();
    for (Action action : actions()) {
      for (int i = 0; i < ROLES.size(); i++) {
        cas.add(Arguments.of(action.ressource(), ROLES.get(i), action, action.statuts()[i]));
      }
    }
    return cas.stream();
  }

  @ParameterizedTest(name = "{0} pour {1} : {3}")
  @MethodSource("casActions")
  void chaque_role_n_agit_que_comme_son_role_le_permet(String ressource, String role, Action action, int attendu) {
    Http.Client client = ANONYME.equals(role) ? http.anonyme() : http.en(role);
    var reponse = client.post(action.chemin().apply(this), action.corps().formatted(role));
    assertThat(reponse.statut()).as(ressource + " pour " + role + " : " + reponse.corps()).isEqualTo(attendu);
    if (reponse.statut() == 200 && ressource.startsWith("démarrer")) {
      runtimeService.deleteProcessInstance(reponse.json().path("id").asText(), "test des droits");
    }
    if (reponse.statut() == 204 && ressource.startsWith("prendre")) {
      assertThat(taskService.createTaskQuery().taskId(tacheChiffreManquant).singleResult().getAssignee()).isEqualTo(role);
      taskService.setAssignee(tacheChiffreManquant, null);
    }
    if (reponse.statut() == 400) {
      assertThat(reponse.corps()).as(role).contains("Indiquez le total des salaires bruts des 6 mois");
    }
    var tache = taskService.createTaskQuery().taskId(tacheChiffreManquant).singleResult();
    assertThat(tache).as("la tâche est toujours là après « " + ressource + " » pour " + role).isNotNull();
    assertThat(tache.getAssignee()).isNull();
  }

  /**
   * The agents of prestations-especes and the supervisors complete "Obtenir le chiffre
   * manquant" with the figure, and the decision is taken again; the insured person of the
   * dossier neither sees nor works on it; nobody sees the daily letters among the procedures to start.
   */
  @Test
  void prestations_especes_et_superviseurs_completent_obtenir_le_chiffre_manquant_l_assure_non() {
    for (String role : List.of("agent.prestations", "superviseur")) {
      fr.cpam.demarches.compte.Nir nir = assures.nouveau();
      String tache = chiffreManquant(nir);
      String dossier = taskService.createTaskQuery().taskId(tache).singleResult().getProcessInstanceId();
      Http.Client assure = http.en(nir.identifiant(), fr.cpam.demarches.performance.NouveauxAssures.CODE);
      assertThat(assure.get("/engine-rest/task/" + tache).statut()).as("l'assuré du dossier").isEqualTo(404);
      assertThat(assure.get("/engine-rest/task").corps()).doesNotContain(tache);
      assertThat(assure.post("/engine-rest/task/" + tache + "/claim", "{\"userId\":\"" + nir.identifiant() + "\"}").statut())
          .isEqualTo(403);

      var liste = http.en(role).get("/engine-rest/task?taskDefinitionKey=" + CHIFFRE_MANQUANT + "&processInstanceId=" + dossier);
      assertThat(liste.corps()).as(role).contains(tache);
      var completion = http.en(role).post("/engine-rest/task/" + tache + "/complete",
          "{\"variables\":{\"salairesBrutsSixMois\":{\"value\":13000.5,\"type\":\"Double\"},"
              + "\"commentaireChiffre\":{\"value\":\"Appel du service paie.\"}}}");
      assertThat(completion.statut()).as(role + " : " + completion.corps()).isEqualTo(204);
      assertThat(taskService.createTaskQuery().processInstanceId(dossier).taskDefinitionKey(CHIFFRE_MANQUANT).count()).isZero();
      assertThat(runtimeService.getVariable(dossier, "droitsOuverts")).as("la décision reprise avec le chiffre").isEqualTo(true);
    }
    for (String role : ROLES.subList(1, ROLES.size() - 3)) {
      var demarrables = http.en(role).get("/engine-rest/process-definition?latestVersion=true&startableInTasklist=true"
          + "&startablePermissionCheck=true");
      assertThat(demarrables.corps()).as(role).doesNotContain("LettresSeizeAns");
    }
  }

  /** Tasklist, Cockpit, Admin: the webapps' login refuses with 403 who has no access. */
  static Stream<Arguments> applications() {
    // tasklist, cockpit, admin
    return Stream.of(
        Arguments.of(Http.CLAIRE, 200, 403, 403),
        Arguments.of("agent.accueil", 200, 403, 403),
        Arguments.of("agent.droits", 200, 403, 403),
        Arguments.of("agent.prestations", 200, 403, 403),
        Arguments.of("agent.medical", 200, 403, 403),
        Arguments.of("agent.rct", 200, 403, 403),
        Arguments.of("superviseur", 200, 200, 403),
        Arguments.of("analyste", 403, 200, 403),
        Arguments.of("admin", 200, 200, 200),
        Arguments.of("medecin", 403, 403, 403),
        Arguments.of("employeur", 403, 403, 403),
        Arguments.of("prometheus", 403, 403, 403));
  }

  @ParameterizedTest(name = "{0} : Tasklist {1}, Cockpit {2}, Admin {3}")
  @MethodSource("applications")
  void chaque_role_n_entre_que_dans_ses_applications(String role, int tasklist, int cockpit, int admin) {
    String motDePasse = role.equals(Http.CLAIRE) ? Http.CLAIRE_CODE : "demo";
    assertThat(new SessionWebapp(http.url("")).connecter("tasklist", role, motDePasse)).isEqualTo(tasklist);
    assertThat(new SessionWebapp(http.url("")).connecter("cockpit", role, motDePasse)).isEqualTo(cockpit);
    assertThat(new SessionWebapp(http.url("")).connecter("admin", role, motDePasse)).isEqualTo(admin);
  }

  @Test
  void un_redemarrage_ne_reecrit_ni_filtre_ni_droit() {
    droits.afterSingletonsInstantiated();
    String[] groupes = Groupes.TOUS.stream().map(g -> g[0]).toArray(String[]::new);
    java.util.function.Supplier<List<String>> revisions = () -> {
      List<String> r = new ArrayList<>();
      filterService.createTaskFilterQuery().list()
          .forEach(f -> r.add(f.getName() + " " + ((org.camunda.bpm.engine.impl.persistence.entity.FilterEntity) f).getRevision()));
      authorizationService.createAuthorizationQuery().groupIdIn(groupes).resourceId("*").list()
          .forEach(a -> r.add(a.getId() + " " + ((org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity) a).getRevision()));
      return r;
    };
    List<String> avant = revisions.get();
    droits.afterSingletonsInstantiated();
    assertThat(revisions.get()).isNotEmpty().isEqualTo(avant);
  }

  @Test
  void sans_connexion_les_applications_ne_montrent_rien() {
    SessionWebapp anonyme = new SessionWebapp(http.url(""));
    assertThat(anonyme.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
    assertThat(anonyme.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode())
        .isIn(401, 403);
    assertThat(anonyme.get("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 404);
  }

  @Test
  void ines_ne_voit_jamais_rien_de_claire() {
    Http.Client ines = http.en(Http.INES);
    for (String chemin : List.of("/engine-rest/task", "/engine-rest/process-instance",
        "/engine-rest/history/process-instance", "/engine-rest/history/task", "/api/moi", "/api/notifications")) {
      var reponse = ines.get(chemin);
      assertThat(reponse.statut()).as(chemin).isEqualTo(200);
      assertThat(reponse.corps()).as(chemin)
          .doesNotContain(dossierDeClaire)
          .doesNotContain(tacheDeClaire)
          .doesNotContain("285047511234560")
          .doesNotContain("Notification de Claire");
    }
    assertThat(http.en(Http.CLAIRE).get("/engine-rest/task").corps()).contains(tacheDeClaire);
    assertThat(http.en(Http.CLAIRE).get("/api/notifications").corps()).contains("Notification de Claire");
  }

  @Test
  void ines_ne_peut_pas_completer_la_tache_de_claire_ni_l_analyste() {
    assertThat(http.en(Http.INES).post("/engine-rest/task/" + tacheDeClaire + "/complete", "{}").statut()).isIn(403, 404);
    assertThat(http.en("analyste").post("/engine-rest/task/" + tacheDeClaire + "/complete", "{}").statut()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(tacheDeClaire).count()).isEqualTo(1);
  }

  @Test
  void un_citoyen_ne_peut_pas_faire_attribuer_son_dossier_a_quelqu_un_d_autre() {
    long avant = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESSUS).count();
    var demarrage =
        http.en(Http.INES).post("/engine-rest/process-definition/key/" + PROCESSUS + "/start",
            "{\"variables\":{\"initiator\":{\"value\":\"" + Http.CLAIRE + "\",\"type\":\"String\"}}}");
    assertThat(demarrage.statut()).as(demarrage.corps()).isEqualTo(400);
    assertThat(demarrage.detail()).contains("Le champ « initiator » n'est pas attendu");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESSUS).count()).isEqualTo(avant);
  }

  @Test
  void claire_travaille_sa_tache_mais_ne_peut_pas_la_donner_a_un_autre() {
    var reattribution =
        http.en(Http.CLAIRE).post("/engine-rest/task/" + tacheDeClaire + "/assignee", "{\"userId\":\"agent.droits\"}");
    assertThat(reattribution.statut()).isEqualTo(403);
    var groupe =
        http.en(Http.CLAIRE).post("/engine-rest/task/" + tacheDeClaire + "/identity-links",
            "{\"groupId\":\"accueil\",\"type\":\"candidate\"}");
    assertThat(groupe.statut()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(tacheDeClaire).singleResult().getAssignee()).isEqualTo(Http.CLAIRE);
  }

  /**
   * The tools Tasklist shows around a task, which an agent uses and a citizen does not: each call
   * Claire could make on her own task, through either door of the engine's API (HTTP Basic on
   * {@code /engine-rest}, her Tasklist session on {@code /camunda/api/engine}).
   */
  static Stream<Arguments> outilsDesAgents() {
    return Stream.of(
        Arguments.of("ajouter un groupe", "POST", "/task/{tache}/identity-links", "{\"groupId\":\"accueil\",\"type\":\"candidate\"}"),
        Arguments.of("ajouter une personne", "POST", "/task/{tache}/identity-links", "{\"userId\":\"agent.accueil\",\"type\":\"candidate\"}"),
        Arguments.of("retirer la personne de la tâche", "POST", "/task/{tache}/identity-links/delete",
            "{\"userId\":\"" + Http.CLAIRE + "\",\"type\":\"assignee\"}"),
        Arguments.of("fixer l'échéance", "PUT", "/task/{tache}",
            "{\"name\":\"Compléter le dossier\",\"due\":\"2030-01-01T00:00:00.000+0000\",\"priority\":50}"),
        Arguments.of("fixer la date de suivi", "PUT", "/task/{tache}",
            "{\"name\":\"Compléter le dossier\",\"followUp\":\"2030-01-01T00:00:00.000+0000\",\"priority\":50}"),
        Arguments.of("changer la priorité", "PUT", "/task/{tache}", "{\"name\":\"Compléter le dossier\",\"priority\":99}"),
        Arguments.of("ajouter un commentaire", "POST", "/task/{tache}/comment/create", "{\"message\":\"Bonjour\"}"),
        Arguments.of("rendre la tâche", "POST", "/task/{tache}/unclaim", "{}"),
        Arguments.of("déléguer la tâche", "POST", "/task/{tache}/delegate", "{\"userId\":\"agent.accueil\"}"),
        Arguments.of("lire le schéma de la démarche", "GET", "/process-definition/{definition}/xml", null),
        Arguments.of("lire l'image du schéma", "GET", "/process-definition/{definition}/diagram", null));
  }

  @ParameterizedTest(name = "Claire ne peut pas {0} sur sa tâche")
  @MethodSource("outilsDesAgents")
  void un_assure_n_a_pas_les_outils_des_agents_autour_de_sa_tache(String outil, String methode, String chemin, String corps) {
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESSUS).latestVersion().singleResult().getId();
    String adresse = chemin.replace("{tache}", tacheDeClaire).replace("{definition}", definition);
    byte[] octets = corps == null ? null : corps.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var parBasic = http.en(Http.CLAIRE).requete(methode, "/engine-rest" + adresse, corps == null ? null : "application/json", octets);
    assertThat(parBasic.statut()).as(outil + " : " + parBasic.corps()).isEqualTo(403);
    assertThat(parBasic.typeContenu()).startsWith("application/problem+json");
    assertThat(parBasic.detail()).as(outil).isNotBlank().doesNotContain("Exception").doesNotContain(tacheDeClaire);
    assertThat(parBasic.json().path("message").asText()).as("ce que Tasklist affiche").isEqualTo(parBasic.detail());

    SessionWebapp tasklist = new SessionWebapp(http.url(""));
    assertThat(tasklist.connecter("tasklist", Http.CLAIRE, Http.CLAIRE_CODE)).isEqualTo(200);
    var parSession = tasklist.requete(methode, "/camunda/api/engine/engine/default" + adresse, corps == null ? null : "application/json", octets);
    assertThat(parSession.statusCode()).as(outil + " par Tasklist : " + parSession.body()).isEqualTo(403);

    var tache = taskService.createTaskQuery().taskId(tacheDeClaire).singleResult();
    assertThat(tache.getAssignee()).isEqualTo(Http.CLAIRE);
    assertThat(tache.getDueDate()).isNull();
    assertThat(tache.getFollowUpDate()).isNull();
    assertThat(tache.getPriority()).isEqualTo(50);
    assertThat(taskService.getIdentityLinksForTask(tacheDeClaire)).hasSize(1);
    assertThat(taskService.getTaskComments(tacheDeClaire)).isEmpty();
  }

  /** The same tools stay an agent's: a comment on a task of her service. */
  @Test
  void un_agent_commente_une_tache_de_son_service() {
    var dossier = runtimeService.startProcessInstanceByKey(PROCESSUS_AGENT, "TEST-COMMENTAIRE-1", java.util.Map.of("reference", "TEST-COMMENTAIRE-1"));
    String tache = taskService.createTaskQuery().processInstanceId(dossier.getId()).singleResult().getId();
    var commentaire = http.en("agent.accueil").post("/engine-rest/task/" + tache + "/comment/create", "{\"message\":\"Appel de l'assurée.\"}");
    assertThat(commentaire.statut()).as(commentaire.corps()).isEqualTo(200);
  }

  @Test
  void un_agent_voit_la_reference_du_dossier_dans_sa_liste_sans_lire_le_dossier() {
    var dossier = runtimeService.startProcessInstanceByKey(PROCESSUS_AGENT, "TEST-REF-42", java.util.Map.of("reference", "TEST-REF-42"));
    String filtre =
        filterService.createFilterQuery().filterName("Tâches de mon service").singleResult().getId();
    var liste = http.en("agent.accueil").postHal("/engine-rest/filter/" + filtre + "/list?maxResults=1000", "{}");
    assertThat(liste.statut()).isEqualTo(200);
    assertThat(liste.corps()).contains("TEST-REF-42");
    assertThat(http.en("agent.accueil").get("/engine-rest/process-instance/" + dossier.getId() + "/variables").statut())
        .isIn(403, 404);
    var agent = http.en("agent.accueil").post("/engine-rest/task/"
        + taskService.createTaskQuery().processInstanceId(dossier.getId()).singleResult().getId() + "/claim",
        "{\"userId\":\"agent.accueil\"}");
    assertThat(agent.statut()).as("réclamer une tâche de son service").isEqualTo(204);
  }

  @Test
  void seuls_les_assures_declarent_un_accident_cause_par_un_tiers_et_seuls_le_recours_contre_tiers_et_les_superviseurs_en_traitent_les_taches() {
    for (String agent : List.of("agent.accueil", "agent.rct", "superviseur", "analyste")) {
      assertThat(http.en(agent).post("/engine-rest/process-definition/key/AccidentTiers/submit-form", "{\"variables\":{}}").statut())
          .as(agent).isIn(403, 404);
    }
    for (String agent : List.of("agent.accueil", "agent.droits", "agent.prestations", "agent.medical")) {
      assertThat(http.en(agent).post("/engine-rest/task/" + tacheRct + "/claim", "{\"userId\":\"" + agent + "\"}").statut())
          .as(agent).isIn(403, 404);
      assertThat(http.en(agent).post("/engine-rest/task/" + tacheRct + "/complete", "{}").statut()).as(agent).isIn(403, 404);
    }
    assertThat(http.en(Http.CLAIRE).post("/engine-rest/task/" + tacheRct + "/complete",
        "{\"variables\":{\"decisionQualification\":{\"value\":\"classer\"}}}").statut()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(tacheRct).count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().taskId(tacheRct).singleResult().getAssignee()).isNull();
    var liste = http.en("agent.rct").get("/engine-rest/task?candidateGroup=rct&processInstanceId=" + dossierAccident);
    assertThat(liste.json().findValuesAsText("id")).containsExactly(tacheRct);
  }

  @Test
  void seuls_superviseurs_et_administrateurs_ont_toutes_les_taches_des_services_prises_ou_non() {
    var dossier = runtimeService.startProcessInstanceByKey(PROCESSUS_AGENT, "TEST-TOUTES-1", java.util.Map.of("reference", "TEST-TOUTES-1"));
    String tache = taskService.createTaskQuery().processInstanceId(dossier.getId()).singleResult().getId();
    taskService.setAssignee(tache, "agent.accueil");
    String nom = "Toutes les tâches des services";
    String filtre = filterService.createFilterQuery().filterName(nom).singleResult().getId();

    for (String agent : java.util.List.of("agent.accueil", "agent.droits", "agent.prestations", "agent.medical", "agent.rct", "analyste")) {
      assertThat(http.en(agent).get("/engine-rest/filter?resourceType=Task").corps()).as(agent).doesNotContain(nom);
      assertThat(http.en(agent).get("/engine-rest/filter/" + filtre).statut()).as(agent).isIn(403, 404);
    }
    assertThat(http.en(Http.CLAIRE).get("/engine-rest/filter?resourceType=Task").corps()).doesNotContain(nom);
    for (String chef : java.util.List.of("superviseur", "admin")) {
      var liste = http.en(chef).postHal("/engine-rest/filter/" + filtre + "/list?maxResults=1000", "{\"processInstanceBusinessKey\":\"TEST-TOUTES-1\"}");
      assertThat(liste.statut()).as(chef).isEqualTo(200);
      assertThat(liste.corps()).as("la tâche prise par un agent est dans la liste de " + chef).contains(tache);
    }
  }

  @Test
  void un_citoyen_ne_peut_pas_se_donner_des_droits() {
    var creation =
        http.en(Http.INES).post("/engine-rest/authorization/create",
            "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"" + Http.INES + "\",\"resourceType\":0,\"resourceId\":\"*\"}");
    assertThat(creation.statut()).isEqualTo(403);
    var utilisateur = http.en(Http.INES).post("/engine-rest/user/create",
        "{\"profile\":{\"id\":\"pirate\"},\"credentials\":{\"password\":\"x\"}}");
    assertThat(utilisateur.statut()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("pirate").count()).isZero();
  }

  /**
   * Variables are a right of their own: another citizen reads none of a dossier's (runtime,
   * history, through its tasks) at any step of its life, the analyst none either, and its owner
   * neither the agents' notes nor their logins. Inès writes; the agent passes the message on with
   * an internal note; its deadline passes (escalation to the supervisors); a supervisor reassigns it.
   */
  @Test
  void les_variables_d_un_dossier_restent_illisibles_apres_transfert_retard_et_reaffectation() {
    String note = "Note interne : vérifier l'historique des déclarations.";
    String reference = http.en(Http.INES).post("/api/messagerie/messages",
        java.util.Map.of("motif", "CARTE_VITALE", "type", "question", "objet", "Ma carte", "texte", "Ma carte ne marche plus."))
        .json().path("reference").asText();
    String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
    illisible(pi, note, "à l'arrivée");

    String traiter = taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
    assertThat(http.en("agent.droits").post("/engine-rest/task/" + traiter + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"transmettre\"},\"serviceCible\":{\"value\":\"accueil\"},"
            + "\"motifTransfert\":{\"value\":\"" + note + "\"}}}").statut()).isEqualTo(204);
    executerLesJobs(pi);
    illisible(pi, note, "après le transfert");

    java.util.Date echeance = taskService.createTaskQuery().processInstanceId(pi).singleResult().getDueDate();
    try {
      HorlogeDeTest.depasser(echeance);
      executerLesJobs(pi);
    } finally {
      HorlogeDeTest.remettre();
    }
    String retard = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_MessageEnRetard").singleResult().getId();
    illisible(pi, note, "après l'escalade");

    assertThat(http.en("superviseur").post("/engine-rest/task/" + retard + "/submit-form",
        "{\"variables\":{\"actionSuperviseur\":{\"value\":\"reaffecter\"},\"serviceReaffectation\":{\"value\":\"rct\"},"
            + "\"agentReaffectation\":{\"value\":\"agent.rct\"}}}").statut()).isEqualTo(204);
    executerLesJobs(pi);
    assertThat(taskService.createTaskQuery().processInstanceId(pi).singleResult().getAssignee()).isEqualTo("agent.rct");
    illisible(pi, note, "après la réaffectation");

    // The agents keep what their forms show.
    String tache = taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
    assertThat(http.en("agent.rct").get("/engine-rest/task/" + tache + "/form-variables").corps())
        .contains("vérifier l'historique des déclarations");
  }

  /** Claire (another citizen) and the analyst read no variable of the dossier; Inès, its owner, no note nor login. */
  private void illisible(String pi, String note, String etape) {
    List<String> taches = taskService.createTaskQuery().processInstanceId(pi).list().stream().map(t -> t.getId()).toList();
    for (String role : List.of(Http.CLAIRE, "analyste")) {
      Http.Client client = http.en(role);
      for (String chemin : List.of("/engine-rest/variable-instance?processInstanceIdIn=" + pi,
          "/engine-rest/history/variable-instance?processInstanceId=" + pi,
          "/engine-rest/history/detail?processInstanceId=" + pi)) {
        var reponse = client.get(chemin);
        assertThat(reponse.statut()).as(role + " " + etape + " " + chemin).isIn(200, 403);
        if (reponse.statut() == 200) {
          assertThat(reponse.json()).as(role + " " + etape + " " + chemin + " : " + reponse.corps()).isEmpty();
        }
      }
      assertThat(client.get("/engine-rest/process-instance/" + pi + "/variables").statut()).as(role + " " + etape).isIn(403, 404);
      for (String tache : taches) {
        for (String suite : List.of("/variables", "/form-variables", "/localVariables")) {
          assertThat(client.get("/engine-rest/task/" + tache + suite).statut()).as(role + " " + etape + " " + suite).isIn(403, 404);
        }
      }
    }
    Http.Client ines = http.en(Http.INES);
    for (String chemin : List.of("/engine-rest/variable-instance?processInstanceIdIn=" + pi,
        "/engine-rest/variable-instance?variableName=conversation",
        "/engine-rest/history/variable-instance?processInstanceId=" + pi,
        "/engine-rest/history/variable-instance?variableName=conversation",
        "/engine-rest/history/detail?processInstanceId=" + pi)) {
      var reponse = ines.get(chemin);
      assertThat(reponse.statut()).as("Inès " + etape + " " + chemin).isIn(200, 403);
      assertThat(reponse.corps()).as("Inès " + etape + " " + chemin)
          .doesNotContain(note).doesNotContain("agent.").doesNotContain("superviseur").doesNotContain("groupeTraitant");
    }
    assertThat(ines.get("/engine-rest/process-instance/" + pi + "/variables").statut()).as("Inès " + etape).isEqualTo(403);
  }
}
