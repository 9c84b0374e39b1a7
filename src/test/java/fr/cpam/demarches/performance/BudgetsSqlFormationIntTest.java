package fr.cpam.demarches.performance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.CompteurSql;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.NavigateurSansScript;
import fr.cpam.demarches.TestIntegrationFormation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The budgets of SQL statements of every address of the training server (its pages, its actions,
 * a learner's task completed): the pages exist only with the profile {@code formation}, which
 * {@link BudgetsSqlIntTest}'s context does not have (a training server refuses its database of
 * real test dossiers), hence this class of the training context. Budgets and where they come from:
 * docs/performance.md ("Budgets SQL par requête"). The room's clock is left out: a move runs every
 * due job of the server, a count of the work it finds, not of the request.
 */
@TestIntegrationFormation
class BudgetsSqlFormationIntTest {

  // HTTP Basic or the session of a form: 3 statements to authenticate (docs/decisions/0046).
  static final int LISTE_DES_SESSIONS = 5;
  static final int FORMULAIRE_NOUVELLE_SESSION = 3;
  // The session, its learners and dossiers, their tasks with decisions and claims: 3 statements
  // whatever the number of learners; the session's next due job (its day's "prochaine échéance"):
  // 1; the dossier's path in 1 (the model's layout from the engine's cache).
  static final int PROGRESSION = 7;
  static final int RESULTATS_CSV = 6;
  // + 1 per process of the dossier (the check of the trainer's right to read its model): a card's
  // dossier once its pieces are sent has its production's too.
  static final int DOSSIER = 7;
  static final int DEBRIEFING = 6;
  static final int CONFIRMER_LA_FERMETURE = 4;
  static final int ETAT_DU_SERVEUR = 4;
  // A learner's password page: nothing read; its form: the learner's row, the engine's password
  // check (with its failed attempts' count), the user saved, the row marked.
  static final int FORMULAIRE_MOT_DE_PASSE = 2;
  // 5 measured.
  static final int CHOISIR_SON_MOT_DE_PASSE = 6;
  // A form of the trainer's session (no Basic authentication to pay): the session's update.
  static final int CHOISIR_LE_DEBRIEFING = 1;
  // "+1 jour ouvré" for a session of 2 learners x 2 scenarios, with another session of 2 x 2
  // pushed (docs/decisions/0091, 0097): the claim and the pushes, through the engine's API (a
  // command per job, task or variable) and each module's port, then each job due on the way (the
  // daily payment and letters runs over the whole database, the learners' timers), each with its
  // own statements: 735 measured on a Monday (one morning crossed; 681 without the other session,
  // 708 with it when the pushes were SQL on the tables); a Friday crosses three.
  static final int AVANCER_LE_JOUR_D_UNE_SESSION = 2500;
  // A session of 2 learners x 2 scenarios (a misrouted message, a stolen card after a move): each
  // account, its groups and tenant, each fictitious citizen and her account, her deposit in the
  // learner's tenant (the card's: an earlier declaration played to its end): 519 measured, about 130
  // per dossier; a few more when a drawn NIR or session code is already taken and drawn again.
  static final int CREER_UNE_SESSION = 530;
  // Everything of the dossiers removed (engine rows by tenant, application rows by reference and
  // NIR, ~115 per dossier), the accounts and tenants: 464 measured.
  static final int FERMER_UNE_SESSION = 475;
  // One learner's 2 dossiers removed as a close removes them, then played again: 483 measured.
  static final int REMETTRE_UN_STAGIAIRE_AU_DEBUT = 495;
  // A learner completes their task through the engine's REST API (as Tasklist does): the
  // completion, their decision recorded (docs/decisions/0074), then what is due after it
  // (docs/decisions/0084: nothing here, a few reads): 46 measured.
  // + 1: whether the learner's password is still the sheet's (docs/decisions/0092).
  static final int TACHE_DU_STAGIAIRE = 47;

  private static final Pattern COMPTE =
      Pattern.compile("<code>(stagiaire-([a-z0-9]{4})-\\d\\d)</code></td>\\s*<td><code class=\"mot-de-passe\">([^<]+)</code>");

  @Autowired Http http;
  @Autowired CompteurSql compteur;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @Autowired fr.cpam.demarches.JobsDus jobs;

  NavigateurSansScript formateur() {
    var navigateur = new NavigateurSansScript(http.url(""), "10.22.1." + (int) (Math.random() * 250));
    navigateur.get("/espace/connexion");
    assertThat(navigateur.poster("/espace/connexion", Map.of("identifiant", "formateur", "code", "demo")).statusCode()).isEqualTo(302);
    return navigateur;
  }

  long compter(String quoi, int budget, Supplier<Integer> requete) {
    long[] statut = new long[1];
    long n = compteur.instructionsPendant(() -> statut[0] = requete.get());
    assertThat(statut[0]).as(quoi).isBetween(200L, 399L);
    assertThat(n).as(quoi).isLessThanOrEqualTo(budget);
    return n;
  }

  @Test
  void chaque_adresse_du_serveur_de_formation_reste_dans_son_budget_de_requetes_sql() {
    var formateur = formateur();
    var basic = http.en("formateur", "demo");
    basic.get("/formation/sessions");
    compter("GET /formation/sessions", LISTE_DES_SESSIONS, () -> basic.get("/formation/sessions").statut());
    compter("GET /formation/sessions/nouvelle", FORMULAIRE_NOUVELLE_SESSION, () -> basic.get("/formation/sessions/nouvelle").statut());
    compter("GET /formation/etat", ETAT_DU_SERVEUR, () -> basic.get("/formation/etat").statut());

    String aujourdhui = HorlogeDeTest.aujourdhui().toString();
    List<Map.Entry<String, String>> champs = new ArrayList<>(List.of(Map.entry("titre", "Budget"), Map.entry("debut", aujourdhui),
        Map.entry("fin", aujourdhui), Map.entry("stagiaires", "2"), Map.entry("scenarios", "02-message-mal-oriente.yml"),
        Map.entry("scenarios", "01-vol-apres-demenagement.yml")));
    String[] creee = new String[1];
    formateur.get("/formation/sessions/nouvelle");
    compter("POST /formation/sessions (2 stagiaires x 2 scénarios)", CREER_UNE_SESSION, () -> {
      var r = formateur.poster("/formation/sessions", champs);
      creee[0] = r.body();
      return r.statusCode();
    });
    Matcher m = COMPTE.matcher(creee[0]);
    assertThat(m.find()).as(creee[0]).isTrue();
    String stagiaire = m.group(1);
    String code = m.group(2);
    String motDePasse = org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(3));
    String session = "/formation/sessions/" + code;

    // The learner chooses their password first (the sheet's is provisional): the page, then its form.
    var page = new NavigateurSansScript(http.url(""), "10.22.1." + (int) (Math.random() * 250));
    compter("GET /formation/mot-de-passe", FORMULAIRE_MOT_DE_PASSE, () -> page.get("/formation/mot-de-passe").statusCode());
    String choisi = "Choisi-Par-Moi-2026!";
    compter("POST /formation/mot-de-passe", CHOISIR_SON_MOT_DE_PASSE, () -> page.poster("/formation/mot-de-passe", Map.of(
        "identifiant", stagiaire, "actuel", motDePasse, "nouveau", choisi, "confirmation", choisi)).statusCode());
    var apprenant = http.en(stagiaire, choisi);
    Task tache = taskService.createTaskQuery().taskDefinitionKey("Task_TraiterMessage")
        .tenantIdIn(jdbc.queryForObject("select locataire from formation_stagiaire where identifiant = ?", String.class, stagiaire))
        .singleResult();
    String moteur = "/engine-rest/engine/formation/task/" + tache.getId();
    assertThat(apprenant.post(moteur + "/claim", Map.of("userId", stagiaire)).statut()).isEqualTo(204);
    compter("POST " + "/engine-rest/engine/{moteur}/task/{id}/complete (stagiaire)", TACHE_DU_STAGIAIRE, () -> apprenant.post(moteur
        + "/complete", Map.of("variables", Map.of("decision", Map.of("value", "transmettre"), "serviceCible",
            Map.of("value", "prestations-especes"), "motifTransfert", Map.of("value", "Indemnités journalières."))))
        .statut());

    // The learner's card dossier, accepted: the citizen sends her pieces, the card goes to production.
    String vol = jdbc.queryForObject("select d.reference from formation_dossier d join formation_stagiaire t on t.id = d.stagiaire_id"
        + " where t.identifiant = ? and d.scenario = ?", String.class, stagiaire, "01-vol-apres-demenagement.yml");
    Task examen = taskService.createTaskQuery().processInstanceBusinessKey(vol).taskDefinitionKey("Task_ExaminerDeclaration").singleResult();
    String examiner = "/engine-rest/engine/formation/task/" + examen.getId();
    assertThat(apprenant.post(examiner + "/claim", Map.of("userId", stagiaire)).statut()).isEqualTo(204);
    assertThat(apprenant.post(examiner + "/complete", Map.of("variables", Map.of("decision", Map.of("value", "accepter")))).statut())
        .isEqualTo(204);
    jobs.duDossier(vol);

    compter("GET progression", PROGRESSION, () -> basic.get(session + "/progression").statut());
    compter("GET resultats.csv", RESULTATS_CSV, () -> basic.get(session + "/resultats.csv").statut());
    basic.get(session + "/stagiaires/1/dossiers/" + vol);
    compter("GET dossier (carte : la déclaration et sa production)", DOSSIER, () -> basic.get(session + "/stagiaires/1/dossiers/" + vol)
        .statut());
    compter("GET /formation/debriefing", DEBRIEFING, () -> apprenant.get("/formation/debriefing").statut());
    formateur.get(session + "/progression");
    compter("POST debriefing", CHOISIR_LE_DEBRIEFING, () ->
        formateur.poster(session + "/debriefing", Map.of("mode", "apres-chaque-tache")).statusCode());
    // Another session of the server, kept at its day by the move: its waiting dates are pushed.
    List<Map.Entry<String, String>> autres = new ArrayList<>(champs);
    autres.set(0, Map.entry("titre", "Budget, l'autre session"));
    formateur.get("/formation/sessions/nouvelle");
    Matcher autre = COMPTE.matcher(formateur.poster("/formation/sessions", autres).body());
    assertThat(autre.find()).isTrue();
    String sessionAutre = "/formation/sessions/" + autre.group(2);
    formateur.get(session + "/progression");
    compter("POST horloge (+1 jour ouvré)", AVANCER_LE_JOUR_D_UNE_SESSION, () ->
        formateur.poster(session + "/horloge", Map.of("deplacement", "jour-ouvre")).statusCode());
    formateur.get(sessionAutre + "/fermer");
    assertThat(formateur.poster(sessionAutre + "/fermer", List.of()).statusCode()).isBetween(200, 399);
    formateur.get(session + "/progression");
    compter("POST reinitialisation (1 stagiaire)", REMETTRE_UN_STAGIAIRE_AU_DEBUT, () ->
        formateur.poster(session + "/reinitialisation", Map.of("stagiaire", "1")).statusCode());
    compter("GET fermer", CONFIRMER_LA_FERMETURE, () -> basic.get(session + "/fermer").statut());
    formateur.get(session + "/fermer");
    compter("POST fermer", FERMER_UNE_SESSION, () -> formateur.poster(session + "/fermer", List.of()).statusCode());
  }
}
