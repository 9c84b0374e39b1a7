package fr.cpam.demarches.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.CompteurSql;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.NavigateurSansScript;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.connexion.CodeUnique;
import fr.cpam.demarches.connexion.InterrupteurCodeUnique;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.notification.DemoBoiteAuxLettres;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each everyday request stays within its budget of SQL statements: a change that adds
 * statements to one of them fails here, before it slows every agent and citizen. The budgets
 * and the figures they come from are in docs/performance.md ("Budgets SQL par requête"); lower
 * a budget when a change saves statements.
 */
@TestIntegration
@fr.cpam.demarches.engine.interne.AvecCorrectifs(raison = "budgets mesurés avec les correctifs du moteur ; le moteur nu écrit plus")
class BudgetsSqlIntTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  // Every request with HTTP Basic pays 3 statements to authenticate (the count of wrong codes of
  // its identifier, docs/decisions/0046; the account and its groups, in one engine command); a
  // sender's request 1 more (what its account speaks for, docs/decisions/0047);
  // every engine command with authorizations 1 more (its filter's or query's checks); none looks
  // for REVOKE authorizations (docs/decisions/0014-pas-de-recherche-d-autorisations-revoke.md).
  // The counter of unassigned tasks (engine/interne/CompteurTachesGroupes) costs a command that creates
  // an agent's task 1 statement (its set's update), one that assigns it 2 (the task read
  // before, the update), the completion of a claimed task none
  // (docs/decisions/0017-compteur-des-taches-par-ensemble-de-groupes.md).
  static final int MON_COMPTE = 5;
  static final int ECRIRE_UN_MESSAGE = 81;
  static final int PRENDRE_UN_MESSAGE = 22;
  // The conversation and its header are variables of the agent's task (never of the dossier, which
  // the citizen's tasks reach: docs/securite.md): they are deleted with the task, 2 statements.
  static final int REPONDRE_A_UN_MESSAGE = 44;
  // The inbox reads its page of conversations, then their totals, whatever their number
  // (docs/decisions/0028-boite-de-reception-lue-par-page.md).
  static final int LIRE_SES_CONVERSATIONS = 7;
  // A declaration reads the person's cards once more, in the form's check: only a person who has
  // a card declares it lost (issue 26).
  static final int DECLARER_UNE_PERTE = 99;
  static final int DECLARER_UNE_PERTE_A_EXAMINER = 116;
  static final int PRENDRE_UNE_DECLARATION = 21;
  static final int ACCEPTER_UNE_DECLARATION = 28;
  static final int TRANSMETTRE_UN_ARRET = 42;
  static final int TRANSMETTRE_UNE_ATTESTATION = 48;
  static final int PRENDRE_UNE_ATTESTATION = 21;
  static final int CONFIRMER_UNE_ATTESTATION = 35;
  static final int TACHES_DE_MON_SERVICE = 7;
  static final int NOMBRE_DE_TACHES_DE_MON_SERVICE = 5;
  static final int TACHES_EN_RETARD = 6;
  static final int NOMBRE_DE_TACHES_EN_RETARD = 6;
  // A supervisor's session reads the grants that let him read every task (1 statement), then the
  // page by id as « Tâches de mon service » does.
  static final int TOUTES_LES_TACHES_DES_SERVICES = 9;
  static final int NOMBRE_DE_TOUTES_LES_TACHES_DES_SERVICES = 6;
  static final int MES_PAIEMENTS = 6;
  // Mon espace, with HTTP Basic as above: the account, the header (tasks to do), then each block
  // of the page by one bounded query (counts, the last and next payment, the newest dossiers of
  // each procedure, the open tasks of the page), and one estimate of the délais per thématique of
  // the dossiers shown (3 procedures with délais today: at most 3, in production kept 5 minutes) -
  // whatever the number of dossiers, messages and payments. The accidents caused by a third party
  // (issue 24) add their newest dossiers to both pages (1 statement) and their count to Mes
  // démarches (1 more).
  // Counted from MON_COMPTE (authentication and account), which every page pays too.
  static final int ESPACE_ACCUEIL = MON_COMPTE + 13;
  static final int ESPACE_DEMARCHES = MON_COMPTE + 13;
  static final int ESPACE_MESSAGERIE = MON_COMPTE + 4;
  static final int ESPACE_PAIEMENTS = MON_COMPTE + 3;
  // The other pages of Mon espace, as Claire opens them (HTTP Basic as above, her account read
  // once): forms read what they offer (her beneficiaries and their cards, her address, the
  // thématiques), a conversation its page of exchanges, a dossier its steps and her completed tasks
  // (a dossier's page asks the démarches she gave up, then only the procedure of its reference's prefix).
  static final int ESPACE_ECRIRE_UN_MESSAGE = MON_COMPTE;
  static final int ESPACE_CONVERSATION = MON_COMPTE + 3;
  static final int ESPACE_DOSSIER = MON_COMPTE + 6;
  static final int ESPACE_PIECES = MON_COMPTE + 7;
  static final int ESPACE_PAIEMENTS_FILTRES = MON_COMPTE + 4;
  static final int ESPACE_RELEVE = MON_COMPTE + 4;
  static final int ESPACE_CARTE_VITALE = MON_COMPTE + 5;
  static final int ESPACE_DECLARER_UNE_CARTE = MON_COMPTE + 11;
  static final int ESPACE_COMMANDER_UNE_CARTE = MON_COMPTE + 11;
  static final int ESPACE_DELAIS = MON_COMPTE;
  static final int ESPACE_DELAIS_REPONSE = MON_COMPTE + 2;
  static final int ESPACE_SIMULATION = MON_COMPTE;
  // Giving up a démarche (abandon/), HTTP Basic: whether she may (her dossier, its start, its
  // open tasks and activities; the model's marks come from the engine's cache), then the same, the
  // mark kept in the history (docs/decisions/0069), the end of the dossier (its task, variables and
  // history rows) and the notification.
  static final int EXAMINER_UN_ABANDON = 11;
  static final int ABANDONNER_UNE_DEMARCHE = 66;
  static final int DELAIS_DE_MA_CPAM = 5;
  static final int DELAIS_DE_TOUTES_LES_CPAM = 4;
  // A payment decided by the dossier's process (its first payment, the 6th month, its last days):
  // the job the payment run's message leaves (asyncAfter of Event_EcheanceVersement), then the
  // transfer. Exclusive gateways write no history (engine/interne/HistoriqueAllegePlugin,
  // docs/decisions/0022-historique-sans-details-ni-passerelles-exclusives.md); the cycle's flags
  // and the outputs of its decisions are written only when they change (commun/VariablesProcessus,
  // commun/SortiesDecisionListener:
  // docs/decisions/0023-variables-ecrites-seulement-si-elles-changent.md); the arrêt, looked up in
  // two steps of each job, is read once
  // (docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
  static final int ECHEANCE_A_DECIDER = 46;
  static final int VIREMENT = 32;
  // An ordinary payment, made by the daily payment run without the dossier's process
  // (docs/decisions/0011-tournee-de-paiement-par-lots.md): a lot of one dossier, the whole payment
  // (period, payment, transfer, "Mes paiements", notification, next due day) in the lot's job.
  static final int VERSEMENT_PAR_LA_TOURNEE = 34;
  // Each more dossier in the same lot (its own transaction: the arrêt, the period, the payment, the
  // transfer, "Mes paiements", the notification, the next due day), without the lot job's own
  // statements: what the benchmark counts per payment of a large run (docs/performance.md).
  static final int VERSEMENT_DE_PLUS_DANS_UN_LOT = 17;
  // Accident causé par un tiers: the victim's declaration (checked, recorded, notified, its
  // first task created for rct), the agent's qualification (the path table, the claim read from
  // "Mes paiements" when "Chiffrer la créance" is created), the claim sent to the payer (a job),
  // and the victim's list and dossier.
  static final int DECLARER_UN_ACCIDENT = 44;
  static final int PRENDRE_UNE_DECLARATION_D_ACCIDENT = 21;
  static final int QUALIFIER_UN_ACCIDENT = 68;
  static final int ENVOYER_UNE_CREANCE = 36;
  static final int MES_ACCIDENTS = 5;
  static final int SUIVRE_UN_ACCIDENT = 6;
  // The same from Mon espace: the form (the account's persons), the declaration sent from it
  // (the API's, plus the session's login and the redirection), the dossier's page in Mes démarches
  // (the démarches she gave up, the dossier, its steps, its report, her open task, the tasks she completed).
  static final int ESPACE_FORMULAIRE_D_ACCIDENT = MON_COMPTE + 1;
  static final int ESPACE_DECLARER_UN_ACCIDENT = 42;
  static final int ESPACE_DOSSIER_D_ACCIDENT = MON_COMPTE + 6;

  // Analyses (analyse/): one statement per figure (dossiers, activities with their user tasks,
  // flows, slowest; docs/decisions/0057), whatever the number of dossiers; the definitions and the
  // model (engine cache) besides; and the analyst's login count (HTTP Basic, engine/interne/VerrouConnexion).
  static final int STATISTIQUES_D_UN_PROCESSUS = 9;
  static final int COMPARAISON_DE_DEUX_VERSIONS = 15;
  static final int JOURNAL_DES_EVENEMENTS = 5;
  static final int ECHEANCES_DE_LA_MESSAGERIE = 6;

  // « Code oublié » (connexion/CodeOublie): the count of recent requests and the record of this
  // one, whatever was typed; the account's lookup comes after, out of the request (counted here
  // when it runs before the answer is read).
  static final int DEMANDER_UN_CODE_OUBLIE = 3;

  // Logging in on the login page (espace/ConnexionController, engine/SessionWebapps): the count of
  // wrong codes, the account and its groups, the webapps the person may open. With the one-time
  // code (connexion/CodeUnique): the personal code the same way plus the account's address for
  // the e-mail, nothing opened; then the typed code checked in the session, the count cleared and
  // the session opened.
  static final int SE_CONNECTER = 8;
  static final int SE_CONNECTER_AVANT_LE_CODE_UNIQUE = 4;
  static final int SAISIR_LE_CODE_UNIQUE = 6;

  // « Créer un compte » (connexion/CreationCompte): the count of recent requests, the insured
  // person of the NIR, the record of the request with its link (3 measured), once in a hundred
  // the old requests forgotten (+ 1); the e-mail goes out of the request. Then, from the link:
  // the link read (form, then service), whether a login exists, the links used up, the account
  // and its address, the login, its group and the engine's default authorizations for them
  // (12 measured).
  static final int DEMANDER_LA_CREATION_D_UN_COMPTE = 4;
  static final int CHOISIR_LE_CODE_D_UN_NOUVEAU_COMPTE = 12;

  @Autowired Http http;
  @Autowired CompteurSql compteur;
  @Autowired ProcessEngine moteur;
  @Autowired JobsDus jobs;
  @Autowired NouveauxAssures assures;
  @Autowired CodeUnique codeUnique;
  @Autowired DemoBoiteAuxLettres.Boite boite;

  @Test
  void mon_compte_tient_dans_son_budget() {
    assertThat(instructions(() -> http.en(Http.CLAIRE).get("/api/moi"))).isLessThanOrEqualTo(MON_COMPTE);
  }

  @Test
  void ecrire_prendre_et_repondre_a_un_message_tiennent_dans_leur_budget() {
    var ecrit = compteur.mesurer(() -> http.en(Http.CLAIRE).post("/api/messagerie/messages",
        Map.of("motif", "CARTE_VITALE", "type", "question", "objet", "Carte de Hugo", "texte", "Bonjour, Hugo a besoin de sa carte.")));
    assertThat(ecrit.resultat().statut()).isEqualTo(201);
    String reference = ecrit.resultat().json().path("reference").asText();
    var agent = http.en("agent.droits");
    String tache = agent.get("/engine-rest/task?processInstanceBusinessKey=" + reference).json().get(0).path("id").asText();

    var prise = compteur.mesurer(() -> agent.post("/engine-rest/task/" + tache + "/claim", "{\"userId\":\"agent.droits\"}"));
    var reponse = compteur.mesurer(() -> agent.post("/engine-rest/task/" + tache + "/complete",
        "{\"variables\":{\"decision\":{\"value\":\"repondre\"},\"reponse\":{\"value\":\"Votre demande est enregistrée.\"}}}"));

    assertThat(prise.resultat().statut()).isEqualTo(204);
    assertThat(reponse.resultat().statut()).isEqualTo(204);
    assertThat(ecrit.instructions()).isLessThanOrEqualTo(ECRIRE_UN_MESSAGE);
    assertThat(prise.instructions()).isLessThanOrEqualTo(PRENDRE_UN_MESSAGE);
    assertThat(reponse.instructions()).isLessThanOrEqualTo(REPONDRE_A_UN_MESSAGE);
  }

  @Test
  void lire_ses_conversations_coute_autant_d_instructions_quel_que_soit_leur_nombre() {
    Nir nir = assures.nouveau();
    var assure = http.en(nir.identifiant(), NouveauxAssures.CODE);
    Map<String, Object> message = Map.of("motif", "CARTE_VITALE", "type", "question", "objet", "Ma carte", "texte", "Bonjour, ma carte est abîmée.");
    assertThat(assure.post("/api/messagerie/messages", message).statut()).isEqualTo(201);
    int avecUne = instructions(() -> assertThat(assure.get("/api/messagerie/conversations").statut()).isEqualTo(200));
    assure.post("/api/messagerie/messages", message);
    assure.post("/api/messagerie/messages", message);
    var lecture = compteur.mesurer(() -> assure.get("/api/messagerie/conversations"));

    assertThat(lecture.resultat().json().path("elements")).hasSize(3);
    assertThat(lecture.instructions()).isEqualTo(avecUne).isLessThanOrEqualTo(LIRE_SES_CONVERSATIONS);
  }

  @Test
  void declarer_une_perte_et_l_examiner_tiennent_dans_leur_budget() {
    Nir premier = assures.nouveau();
    http.en(premier.identifiant(), NouveauxAssures.CODE).post("/api/cartes-vitale/declarations", declaration(premier, NouveauxAssures.ADRESSE_LIGNE1));
    Nir simple = assures.nouveau();
    Nir aExaminer = assures.nouveau();
    var sansExamen = compteur.mesurer(() -> http.en(simple.identifiant(), NouveauxAssures.CODE)
        .post("/api/cartes-vitale/declarations", declaration(simple, NouveauxAssures.ADRESSE_LIGNE1)));
    var avecExamen = compteur.mesurer(() -> http.en(aExaminer.identifiant(), NouveauxAssures.CODE)
        .post("/api/cartes-vitale/declarations", declaration(aExaminer, "27 rue des Vignes")));
    assertThat(sansExamen.resultat().statut()).isEqualTo(201);
    assertThat(avecExamen.resultat().json().path("statut").asText()).isEqualTo("en_examen");
    var agent = http.en("agent.droits");
    String tache = agent.get("/engine-rest/task?processInstanceBusinessKey=" + avecExamen.resultat().json().path("reference").asText())
        .json().get(0).path("id").asText();

    var prise = compteur.mesurer(() -> agent.post("/engine-rest/task/" + tache + "/claim", "{\"userId\":\"agent.droits\"}"));
    var examen = compteur.mesurer(() -> agent.post("/engine-rest/task/" + tache + "/complete", "{\"variables\":{\"decision\":{\"value\":\"accepter\"}}}"));

    assertThat(prise.resultat().statut()).isEqualTo(204);
    assertThat(examen.resultat().statut()).isEqualTo(204);
    assertThat(sansExamen.instructions()).isLessThanOrEqualTo(DECLARER_UNE_PERTE);
    assertThat(avecExamen.instructions()).isLessThanOrEqualTo(DECLARER_UNE_PERTE_A_EXAMINER);
    assertThat(prise.instructions()).isLessThanOrEqualTo(PRENDRE_UNE_DECLARATION);
    assertThat(examen.instructions()).isLessThanOrEqualTo(ACCEPTER_UNE_DECLARATION);
  }

  @Test
  void transmettre_un_arret_son_attestation_et_la_verifier_tiennent_dans_leur_budget() {
    http.en("medecin").post("/api/arrets-travail", arret(assures.nouveau()));
    Nir nir = assures.nouveau();
    var avis = compteur.mesurer(() -> http.en("medecin").post("/api/arrets-travail", arret(nir)));
    assertThat(avis.resultat().statut()).isEqualTo(201);
    String reference = avis.resultat().json().path("reference").asText();
    Map<String, Object> autreEtablissement = new LinkedHashMap<>(attestation(reference));
    autreEtablissement.put("siretEmployeur", "73282932000074");
    var attestation = compteur.mesurer(() -> http.en("employeur").post("/api/attestations-salaire", autreEtablissement));
    assertThat(attestation.resultat().statut()).isEqualTo(201);
    // The certificate is checked by an asynchronous step (job executor off in tests).
    String instance = moteur.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
    jobs.deLInstance(instance);
    var agent = http.en("agent.prestations");
    String tache = agent.get("/engine-rest/task?processInstanceBusinessKey=" + reference).json().get(0).path("id").asText();

    var prise = compteur.mesurer(() -> agent.post("/engine-rest/task/" + tache + "/claim", "{\"userId\":\"agent.prestations\"}"));
    var verification = compteur.mesurer(() -> agent.post("/engine-rest/task/" + tache + "/complete",
        "{\"variables\":{\"decisionAttestation\":{\"value\":\"confirmer\"},\"commentaireVerification\":{\"value\":\"Établissement secondaire.\"}}}"));

    assertThat(prise.resultat().statut()).isEqualTo(204);
    assertThat(verification.resultat().statut()).isEqualTo(204);
    assertThat(avis.instructions()).isLessThanOrEqualTo(TRANSMETTRE_UN_ARRET);
    assertThat(attestation.instructions()).isLessThanOrEqualTo(TRANSMETTRE_UNE_ATTESTATION);
    assertThat(prise.instructions()).isLessThanOrEqualTo(PRENDRE_UNE_ATTESTATION);
    assertThat(verification.instructions()).isLessThanOrEqualTo(CONFIRMER_UNE_ATTESTATION);
  }

  @Test
  void declarer_un_accident_le_qualifier_et_envoyer_la_creance_tiennent_dans_leur_budget() {
    Nir premier = assures.nouveau();
    http.en(premier.identifiant(), NouveauxAssures.CODE).post("/api/accidents-tiers", accident(premier));
    Nir victime = assures.nouveau();
    var assure = http.en(victime.identifiant(), NouveauxAssures.CODE);
    var declaration = compteur.mesurer(() -> assure.post("/api/accidents-tiers", accident(victime)));
    assertThat(declaration.resultat().statut()).as(declaration.resultat().corps()).isEqualTo(201);
    String reference = declaration.resultat().json().path("reference").asText();
    var agent = http.en("agent.rct");
    String qualifier = agent.get("/engine-rest/task?processInstanceBusinessKey=" + reference).json().get(0).path("id").asText();

    var prise = compteur.mesurer(() -> agent.post("/engine-rest/task/" + qualifier + "/claim", "{\"userId\":\"agent.rct\"}"));
    var qualification = compteur.mesurer(() -> agent.post("/engine-rest/task/" + qualifier + "/complete",
        "{\"variables\":{\"decisionQualification\":{\"value\":\"recevable\"}}}"));
    assertThat(prise.resultat().statut()).isEqualTo(204);
    assertThat(qualification.resultat().statut()).isEqualTo(204);
    for (String[] etape : new String[][] {
        {"decisionChiffrage", "notifier", "fraisNature1", "pharmacie", "fraisDate1", LocalDate.now(HORLOGE).toString(), "fraisMontant1", "52,40"},
        {"decisionNotification", "envoyer"}}) {
      String tache = agent.get("/engine-rest/task?processInstanceBusinessKey=" + reference).json().get(0).path("id").asText();
      agent.post("/engine-rest/task/" + tache + "/claim", "{\"userId\":\"agent.rct\"}");
      StringBuilder variables = new StringBuilder();
      for (int i = 0; i < etape.length; i += 2) {
        variables.append(i == 0 ? "" : ",").append("\"").append(etape[i]).append("\":{\"value\":\"").append(etape[i + 1]).append("\"}");
      }
      assertThat(agent.post("/engine-rest/task/" + tache + "/complete", "{\"variables\":{" + variables + "}}").statut()).isEqualTo(204);
    }
    String instance = moteur.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
    String envoi = moteur.getManagementService().createJobQuery().processInstanceId(instance).activityId("Task_EnvoyerCreance")
        .singleResult().getId();
    int envoiDeLaCreance = instructionsDuJob(envoi);

    var liste = compteur.mesurer(() -> assure.get("/api/accidents-tiers"));
    var dossier = compteur.mesurer(() -> assure.get("/api/accidents-tiers/" + reference));
    assertThat(dossier.resultat().json().path("statut").asText()).isEqualTo("creance_notifiee");
    assertThat(declaration.instructions()).isLessThanOrEqualTo(DECLARER_UN_ACCIDENT);
    assertThat(prise.instructions()).isLessThanOrEqualTo(PRENDRE_UNE_DECLARATION_D_ACCIDENT);
    assertThat(qualification.instructions()).isLessThanOrEqualTo(QUALIFIER_UN_ACCIDENT);
    assertThat(envoiDeLaCreance).isLessThanOrEqualTo(ENVOYER_UNE_CREANCE);
    assertThat(liste.instructions()).isLessThanOrEqualTo(MES_ACCIDENTS);
    assertThat(dossier.instructions()).isLessThanOrEqualTo(SUIVRE_UN_ACCIDENT);

    var page = compteur.mesurer(() -> assure.get("/espace/demarches/" + reference));
    assertThat(page.resultat().statut()).isEqualTo(200);
    assertThat(page.resultat().corps()).contains("Frais réclamés au responsable");
    Nir depuisLEspace = assures.nouveau();
    var session = fr.cpam.demarches.SessionWebapp.espace(http.url(""), depuisLEspace.identifiant(), NouveauxAssures.CODE);
    String formulaire = "/espace/accident-tiers/declaration";
    assertThat(session.get(formulaire).statusCode()).isEqualTo(200);
    int lecture = compteur.instructionsPendant(() -> assertThat(session.get(formulaire).statusCode()).isEqualTo(200));
    Map<String, String> champs = new LinkedHashMap<>();
    accident(depuisLEspace).forEach((cle, valeur) -> champs.put(cle, valeur.equals(true) ? "oui" : valeur.equals(false) ? "non" : valeur.toString()));
    champs.put("beneficiaire", depuisLEspace.valeur());
    int lectureEtEnvoi = compteur.instructionsPendant(
        () -> assertThat(session.formulaire(formulaire, formulaire, champs).statusCode()).isEqualTo(302));
    var formulaireSeul = compteur.mesurer(() -> http.en(depuisLEspace.identifiant(), NouveauxAssures.CODE).get(formulaire));
    System.out.println("Accident depuis Mon espace : dossier " + page.instructions() + ", formulaire " + formulaireSeul.instructions()
        + ", envoi " + (lectureEtEnvoi - lecture));
    assertThat(page.instructions()).isLessThanOrEqualTo(ESPACE_DOSSIER_D_ACCIDENT);
    assertThat(formulaireSeul.instructions()).isLessThanOrEqualTo(ESPACE_FORMULAIRE_D_ACCIDENT);
    assertThat(lectureEtEnvoi - lecture).isLessThanOrEqualTo(ESPACE_DECLARER_UN_ACCIDENT);
  }

  @Test
  void la_premiere_page_des_taches_de_mon_service_et_leur_nombre_tiennent_dans_leur_budget() {
    int[] pageEtNombre = pageEtNombre("Tâches de mon service", "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}");
    assertThat(pageEtNombre[0]).as("page %d, nombre %d", pageEtNombre[0], pageEtNombre[1]).isLessThanOrEqualTo(TACHES_DE_MON_SERVICE);
    assertThat(pageEtNombre[1]).as("page %d, nombre %d", pageEtNombre[0], pageEtNombre[1]).isLessThanOrEqualTo(NOMBRE_DE_TACHES_DE_MON_SERVICE);
  }

  @Test
  void la_premiere_page_des_taches_en_retard_et_leur_nombre_tiennent_dans_leur_budget() {
    int[] pageEtNombre = pageEtNombre("En retard", "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}");
    assertThat(pageEtNombre[0]).as("page %d, nombre %d", pageEtNombre[0], pageEtNombre[1]).isLessThanOrEqualTo(TACHES_EN_RETARD);
    assertThat(pageEtNombre[1]).as("page %d, nombre %d", pageEtNombre[0], pageEtNombre[1]).isLessThanOrEqualTo(NOMBRE_DE_TACHES_EN_RETARD);
  }

  @Test
  void la_premiere_page_de_toutes_les_taches_des_services_et_leur_nombre_tiennent_dans_leur_budget() {
    int[] pageEtNombre = pageEtNombre("Toutes les tâches des services", "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}", "superviseur");
    assertThat(pageEtNombre[0]).as("page %d, nombre %d", pageEtNombre[0], pageEtNombre[1]).isLessThanOrEqualTo(TOUTES_LES_TACHES_DES_SERVICES);
    assertThat(pageEtNombre[1]).as("page %d, nombre %d", pageEtNombre[0], pageEtNombre[1]).isLessThanOrEqualTo(NOMBRE_DE_TOUTES_LES_TACHES_DES_SERVICES);
  }

  private int[] pageEtNombre(String nomDuFiltre, String tri) {
    return pageEtNombre(nomDuFiltre, tri, "agent.droits");
  }

  /** The statements of a Tasklist filter's first page and of its count, by a member of the staff's session. */
  private int[] pageEtNombre(String nomDuFiltre, String tri, String agent) {
    // At least one task on the page (a page with tasks costs 2 statements more than an empty one).
    assures.ecritAuServiceDesDroits(http);
    SessionWebapp tasklist = SessionWebapp.tasklist(http.url(""), agent, "demo");
    String chemin = tasklist.cheminDuFiltre(nomDuFiltre);
    int page = instructions(() -> assertThat(tasklist.post(chemin + "/list?firstResult=0&maxResults=15", tri, true).statusCode()).isEqualTo(200));
    int nombre = instructions(() -> assertThat(tasklist.post(chemin + "/count", tri, true).statusCode()).isEqualTo(200));
    return new int[] {page, nombre};
  }

  /** Every combination of filters costs the same: the account, one page, its totals (no count while it fits one page). */
  @Test
  void mes_paiements_avec_ou_sans_filtres_tiennent_dans_leur_budget() {
    var claire = http.en(Http.CLAIRE);
    String lea = claire.get("/api/moi").json().path("beneficiaires").findValuesAsText("nir").stream()
        .filter(n -> !n.replace(" ", "").startsWith("285")).findFirst().orElseThrow().replace(" ", "");
    java.time.LocalDate aujourdhui = LocalDate.now(HORLOGE);
    String periode = "du=" + aujourdhui.minusMonths(14) + "&au=" + aujourdhui.minusMonths(1);
    for (String filtres : java.util.List.of("", "?" + periode, "?beneficiaire=" + lea, "?nature=remboursement-soins",
        "?beneficiaire=" + lea + "&nature=remboursement-soins&" + periode)) {
      var r = compteur.mesurer(() -> claire.get("/api/paiements" + filtres));
      assertThat(r.resultat().statut()).as(filtres).isEqualTo(200);
      assertThat(r.resultat().json().path("paiements").size()).as(filtres).isPositive();
      assertThat(r.instructions()).as(filtres).isEqualTo(MES_PAIEMENTS);
    }
  }

  @Test
  void l_accueil_de_mon_espace_tient_dans_son_budget() {
    var accueil = compteur.mesurer(() -> http.en(Http.CLAIRE).get("/espace/"));
    assertThat(accueil.resultat().statut()).isEqualTo(200);
    assertThat(accueil.instructions()).isLessThanOrEqualTo(ESPACE_ACCUEIL);
  }

  /** Each page of Mon espace costs as many statements with one dossier, message or payment as with three. */
  @Test
  void les_pages_de_mon_espace_coutent_autant_quel_que_soit_le_nombre_de_dossiers() {
    Nir nir = assures.nouveau();
    var assure = http.en(nir.identifiant(), NouveauxAssures.CODE);
    Map<String, Object> message = Map.of("motif", "CARTE_VITALE", "type", "question", "objet", "Ma carte", "texte", "Bonjour, ma carte est abîmée.");
    assertThat(assure.post("/api/messagerie/messages", message).statut()).isEqualTo(201);
    assertThat(assure.post("/api/accidents-tiers", accident(nir)).statut()).isEqualTo(201);
    List<String> pages = List.of("/espace/", "/espace/demarches", "/espace/messagerie", "/espace/paiements");
    Map<String, Integer> avecUn = new LinkedHashMap<>();
    for (String page : pages) {
      assertThat(assure.get(page).statut()).as(page).isEqualTo(200); // the templates enter their cache
      avecUn.put(page, instructions(() -> assertThat(assure.get(page).statut()).isEqualTo(200)));
    }
    assure.post("/api/messagerie/messages", message);
    assure.post("/api/messagerie/messages", message);
    for (int jours = 3; jours <= 4; jours++) {
      Map<String, Object> autre = new LinkedHashMap<>(accident(nir));
      autre.put("dateAccident", LocalDate.now(HORLOGE).minusDays(jours).toString());
      assertThat(assure.post("/api/accidents-tiers", autre).statut()).isEqualTo(201);
    }
    Map<String, Integer> avecTrois = new LinkedHashMap<>();
    for (String page : pages) {
      avecTrois.put(page, instructions(() -> assertThat(assure.get(page).statut()).isEqualTo(200)));
    }
    System.out.println("Budgets de Mon espace : " + avecUn + " puis " + avecTrois);
    assertThat(avecTrois).isEqualTo(avecUn);
    assertThat(avecUn.get("/espace/")).isLessThanOrEqualTo(ESPACE_ACCUEIL);
    assertThat(avecUn.get("/espace/demarches")).isLessThanOrEqualTo(ESPACE_DEMARCHES);
    assertThat(avecUn.get("/espace/messagerie")).isLessThanOrEqualTo(ESPACE_MESSAGERIE);
    assertThat(avecUn.get("/espace/paiements")).isLessThanOrEqualTo(ESPACE_PAIEMENTS);
  }

  /** Every other page of Mon espace, each within its budget (Claire: two beneficiaries, cards, payments). */
  @Test
  void chaque_page_de_mon_espace_tient_dans_son_budget() {
    var claire = http.en(Http.CLAIRE);
    var message = claire.post("/api/messagerie/messages", Map.of("motif", "CARTE_VITALE", "type", "question",
        "objet", "Budget des pages", "texte", "Bonjour, une question."));
    assertThat(message.statut()).as(message.corps()).isEqualTo(201);
    String conversation = message.json().path("reference").asText();
    // A carte Vitale dossier waiting for its photo: a new person's first card (no card yet).
    Nir nir = assures.nouveau();
    var assure = http.en(nir.identifiant(), NouveauxAssures.CODE);
    LocalDate aujourdhui = HorlogeDeTest.aujourdhui();
    Map<String, Integer> budgets = new LinkedHashMap<>();
    budgets.put("/espace/messagerie/nouveau", ESPACE_ECRIRE_UN_MESSAGE);
    budgets.put("/espace/messagerie/" + conversation, ESPACE_CONVERSATION);
    budgets.put("/espace/demarches/" + conversation, ESPACE_DOSSIER);
    budgets.put("/espace/paiements?nature=remboursement-soins&du=" + aujourdhui.minusMonths(14) + "&au=" + aujourdhui, ESPACE_PAIEMENTS_FILTRES);
    budgets.put("/espace/paiements/releve?nature=remboursement-soins", ESPACE_RELEVE);
    budgets.put("/espace/carte-vitale", ESPACE_CARTE_VITALE);
    budgets.put("/espace/carte-vitale/declaration", ESPACE_DECLARER_UNE_CARTE);
    budgets.put("/espace/carte-vitale/commande", ESPACE_COMMANDER_UNE_CARTE);
    budgets.put("/espace/delais", ESPACE_DELAIS);
    budgets.put("/espace/delais?thematique=arrets-travail&dateEnvoi=" + aujourdhui.minusDays(3), ESPACE_DELAIS_REPONSE);
    budgets.put("/espace/simulation-indemnites", ESPACE_SIMULATION);
    // The photo's page of a carte Vitale dossier: a new person's declaration.
    var declaration = assure.post("/api/cartes-vitale/declarations", declaration(nir, NouveauxAssures.ADRESSE_LIGNE1));
    assertThat(declaration.statut()).as(declaration.corps()).isEqualTo(201);
    String pieces = "/espace/demarches/" + declaration.json().path("reference").asText() + "/pieces";
    budgets.put(pieces, ESPACE_PIECES);
    Map<String, Integer> mesures = new LinkedHashMap<>();
    budgets.forEach((page, budget) -> {
      var client = page.equals(pieces) ? assure : claire;
      var premiere = client.get(page); // the templates enter their cache; the conversation is read
      assertThat(premiere.statut()).as(page + " : " + premiere.corps()).isEqualTo(200);
      mesures.put(page, instructions(() -> assertThat(client.get(page).statut()).isEqualTo(200)));
    });
    System.out.println("Budgets des pages de Mon espace : " + mesures);
    budgets.forEach((page, budget) -> assertThat(mesures.get(page)).as(page).isLessThanOrEqualTo(budget));
  }

  /** Whether she may give up a démarche, then giving it up: a first form, nothing recorded yet. */
  @Test
  void abandonner_une_demarche_tient_dans_son_budget() {
    Nir nir = assures.nouveau();
    var assure = http.en(nir.identifiant(), NouveauxAssures.CODE);
    // The model's marks enter the engine's cache with a first dossier, given up.
    String premiere = assure.post("/engine-rest/process-definition/key/CarteVitaleCommande/start", "{}").json().path("businessKey").asText();
    assertThat(assure.post("/api/demarches/" + premiere + "/abandon", "{}").statut()).isEqualTo(200);
    String reference = assure.post("/engine-rest/process-definition/key/CarteVitaleCommande/start", "{}").json().path("businessKey").asText();

    var examen = compteur.mesurer(() -> assure.get("/api/demarches/" + reference + "/abandon"));
    var abandon = compteur.mesurer(() -> assure.post("/api/demarches/" + reference + "/abandon", "{}"));

    assertThat(examen.resultat().json().path("possible").asBoolean()).as(examen.resultat().corps()).isTrue();
    assertThat(abandon.resultat().statut()).as(abandon.resultat().corps()).isEqualTo(200);
    System.out.printf("Budgets de l'abandon : %d, %d%n", examen.instructions(), abandon.instructions());
    assertThat(examen.instructions()).isLessThanOrEqualTo(EXAMINER_UN_ABANDON);
    assertThat(abandon.instructions()).isLessThanOrEqualTo(ABANDONNER_UNE_DEMARCHE);
  }

  @Test
  void les_delais_de_traitement_tiennent_dans_leur_budget() {
    String url = "/api/delais-traitement?thematique=arrets-travail&dateEnvoi=" + LocalDate.now(HORLOGE).minusDays(3);
    var assuree = compteur.mesurer(() -> http.en(Http.CLAIRE).get(url));
    var agent = compteur.mesurer(() -> http.en("agent.accueil").get(url));
    assertThat(assuree.resultat().statut()).isEqualTo(200);
    assertThat(agent.resultat().statut()).isEqualTo(200);
    assertThat(assuree.instructions()).isEqualTo(DELAIS_DE_MA_CPAM);
    assertThat(agent.instructions()).isEqualTo(DELAIS_DE_TOUTES_LES_CPAM);
  }

  @Autowired fr.cpam.demarches.analyse.HistoriqueConnu historique;

  @Test
  void les_analyses_tiennent_dans_leur_budget_quel_que_soit_le_nombre_de_dossiers() {
    historique.construire();
    var analyste = http.en("analyste");
    String base = "/api/analyses/processus/" + fr.cpam.demarches.analyse.HistoriqueConnu.PROCESSUS;
    analyste.get(base + "/statistiques?version=1"); // the model enters the engine's cache
    var statistiques = compteur.mesurer(() -> analyste.get(base + "/statistiques?version=1"));
    var comparaison = compteur.mesurer(() -> analyste.get(base + "/comparaison?versionA=1&versionB=2"));
    var journal = compteur.mesurer(() -> analyste.get(base + "/journal?format=csv"));
    var messagerie = compteur.mesurer(() -> analyste.get("/api/analyses/messagerie"));
    for (var mesure : List.of(statistiques, comparaison, journal, messagerie)) {
      assertThat(mesure.resultat().statut()).as(mesure.resultat().corps()).isEqualTo(200);
    }
    System.out.printf("Budgets des analyses : %d, %d, %d, %d%n", statistiques.instructions(), comparaison.instructions(),
        journal.instructions(), messagerie.instructions());
    assertThat(statistiques.instructions()).isLessThanOrEqualTo(STATISTIQUES_D_UN_PROCESSUS);
    assertThat(comparaison.instructions()).isLessThanOrEqualTo(COMPARAISON_DE_DEUX_VERSIONS);
    assertThat(journal.instructions()).isLessThanOrEqualTo(JOURNAL_DES_EVENEMENTS);
    assertThat(messagerie.instructions()).isLessThanOrEqualTo(ECHEANCES_DE_LA_MESSAGERIE);
  }

  @Autowired fr.cpam.demarches.compte.CompteService comptes;
  @Autowired Citoyens citoyens;

  @Autowired JdbcTemplate jdbc;

  /**
   * A payment decided by the dossier's process (its first one: two jobs), then an ordinary one
   * made by the payment run (one lot's job), as the job executor runs them on the payment day;
   * then a lot of two dossiers, whose second dossier costs what the benchmark counts per payment
   * of a large run.
   */
  @Test
  void les_jobs_d_un_versement_d_indemnites_tiennent_dans_leur_budget() {
    java.time.LocalDate aujourdhui = HorlogeDeTest.aujourdhui();
    try {
      String reference = arretAttesteCeJour(aujourdhui);
      // Two more dossiers attested the next day: their payments fall due a day later, a lot of two.
      String deuxieme = arretSansAttestation(aujourdhui);
      String troisieme = arretSansAttestation(aujourdhui);
      HorlogeDeTest.regler(aujourdhui.plusDays(1), 10);
      attester(deuxieme);
      attester(troisieme);
      // The payments are steps of the cycle the dossier calls (same reference).
      String instance = cycleDe(reference);
      var gestion = moteur.getManagementService();
      // Only these dossiers in the runs of this test (the tests share one database).
      jdbc.update("update arret_travail set prochaine_echeance = null where reference not in (?, ?, ?)", reference, deuxieme, troisieme);

      // Day 14: the first payment, handed by the run to the dossier.
      leJourDuProchainVersement(reference);
      executerLaTournee(null);
      int decision = instructionsDuJob(
          gestion.createJobQuery().processInstanceId(instance).activityId("Event_EcheanceVersement").singleResult().getId());
      int paiement = instructionsDuJob(gestion.createJobQuery().processInstanceId(instance).activityId("Task_EffectuerVirement").singleResult().getId());
      // Day 15: the first payments of the two others.
      leJourDuProchainVersement(deuxieme);
      executerLaTournee(null);
      jobs.duDossier(deuxieme);
      jobs.duDossier(troisieme);

      // Day 28: an ordinary payment, made by the run alone.
      leJourDuProchainVersement(reference);
      int[] lot = new int[1];
      executerLaTournee(lot);
      // Day 29: two ordinary payments in one lot.
      leJourDuProchainVersement(deuxieme);
      int[] lotDeDeux = new int[1];
      executerLaTournee(lotDeDeux);

      for (String dossier : List.of(instance, cycleDe(deuxieme), cycleDe(troisieme))) {
        assertThat(gestion.createJobQuery().processInstanceId(dossier).count()).as("the dossier's process did not move").isZero();
      }
      assertThat(jdbc.queryForObject("select count(*) from versement_ij v join arret_travail a on a.id = v.arret_id"
          + " where v.statut = 'VERSE' and a.reference in (?, ?, ?)", Integer.class, reference, deuxieme, troisieme)).isEqualTo(6);
      System.out.printf("Budgets des versements d'indemnités : échéance à décider %d, virement %d, lot d'un dossier %d, de deux %d%n",
          decision, paiement, lot[0], lotDeDeux[0]);
      assertThat(decision).as("échéance à décider %d, virement %d", decision, paiement).isLessThanOrEqualTo(ECHEANCE_A_DECIDER);
      assertThat(paiement).as("échéance à décider %d, virement %d", decision, paiement).isLessThanOrEqualTo(VIREMENT);
      assertThat(lot[0]).as("versement par la tournée %d", lot[0]).isLessThanOrEqualTo(VERSEMENT_PAR_LA_TOURNEE);
      assertThat(lotDeDeux[0] - lot[0]).as("lot d'un dossier %d, de deux %d", lot[0], lotDeDeux[0])
          .isLessThanOrEqualTo(VERSEMENT_DE_PLUS_DANS_UN_LOT);
    } finally {
      HorlogeDeTest.remettre();
    }
  }

  /** An arrêt that started yesterday, 41 days long, of a new insured person, its attestation received today. */
  private String arretAttesteCeJour(java.time.LocalDate aujourdhui) {
    String reference = arretSansAttestation(aujourdhui);
    attester(reference);
    return reference;
  }

  /** An arrêt that started the day before {@code aujourdhui}, 41 days long, of a new insured person. */
  private String arretSansAttestation(java.time.LocalDate aujourdhui) {
    var nir = citoyens.nirLibre('2', java.time.LocalDate.of(1980, 5, 1), "75");
    if (comptes.trouver(nir).isEmpty()) {
      comptes.ouvrirCompte(nir, "BUDGET", "Alice", java.time.LocalDate.of(1980, 5, 12), null,
          fr.cpam.demarches.commun.Adresse.de("adresse", "1 rue de Rivoli", null, "75001", "Paris"), "751", "5792");
    }
    var avis = http.en("medecin").post("/api/arrets-travail", Map.of("nir", nir.formate(), "dateDebut", aujourdhui.minusDays(1).toString(),
        "dateFin", aujourdhui.plusDays(40).toString(), "datePrescription", aujourdhui.minusDays(1).toString(), "siretEmployeur", "12345678900015"));
    assertThat(avis.statut()).as(avis.corps()).isEqualTo(201);
    return avis.json().path("reference").asText();
  }

  /** The employer's attestation, then the dossier's due jobs: its first cycle plans the first payment 14 days later. */
  private void attester(String reference) {
    var attestation = http.en("employeur").post("/api/attestations-salaire", Map.of("referenceArret", reference,
        "salairesBruts", java.util.List.of(2000, 2000, 2000), "heuresTravaillees", 455, "subrogation", false));
    assertThat(attestation.statut()).as(attestation.corps()).isEqualTo(201);
    jobs.duDossier(reference);
  }

  /** The payment cycle the dossier calls. */
  private String cycleDe(String reference) {
    return moteur.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference, "VersementsIndemnitesJournalieres").singleResult().getId();
  }

  private void leJourDuProchainVersement(String reference) {
    java.time.LocalDate jour = jdbc.queryForObject("select prochaine_echeance from arret_travail where reference = ?", java.time.LocalDate.class, reference);
    HorlogeDeTest.regler(jour.atTime(6, 1).atZone(fr.cpam.demarches.commun.Fuseau.PARIS));
  }

  /** A payment run now, its jobs executed; the statements of its lot's job into {@code lot[0]} if asked. */
  private void executerLaTournee(int[] lot) {
    String tournee = moteur.getRuntimeService().startProcessInstanceByKey("TourneePaiementsIj").getId();
    var gestion = moteur.getManagementService();
    var jobLot = gestion.createJobQuery().processInstanceId(tournee).singleResult();
    int instructions = instructionsDuJob(jobLot.getId());
    if (lot != null) {
      lot[0] = instructions;
    }
    jobs.deLInstance(tournee);
    assertThat(moteur.getRuntimeService().createProcessInstanceQuery().processInstanceId(tournee).count()).isZero();
  }

  private int instructionsDuJob(String job) {
    CompteurSql.Releve avant = compteur.releve();
    moteur.getManagementService().executeJob(job);
    return (int) compteur.releve().moins(avant).instructionsAutres();
  }

  /**
   * authorization-check-revokes: never (application.yml) is in force, and holds only while nobody
   * revokes. (Set among the starter's generic properties, it was overwritten by the starter's own
   * default, "auto", without a word:
   * docs/decisions/0014-pas-de-recherche-d-autorisations-revoke.md.)
   */
  @Test
  void le_moteur_ne_cherche_pas_d_autorisation_qui_retire_un_droit_et_il_n_y_en_a_pas() {
    assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) moteur.getProcessEngineConfiguration())
        .getAuthorizationCheckRevokes()).isEqualTo("never");
    assertThat(moteur.getAuthorizationService().createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count()).isZero();
  }

  static Map<String, Object> declaration(Nir beneficiaire, String adresseLigne1) {
    Map<String, Object> corps = new LinkedHashMap<>();
    corps.put("beneficiaire", beneficiaire.formate());
    corps.put("motif", "perte");
    corps.put("adresse", Map.of("ligne1", adresseLigne1, "codePostal", NouveauxAssures.CODE_POSTAL, "commune", NouveauxAssures.COMMUNE));
    corps.put("engagementRestitution", true);
    return corps;
  }

  static Map<String, Object> accident(Nir victime) {
    Map<String, Object> corps = new LinkedHashMap<>();
    corps.put("beneficiaire", victime.formate());
    corps.put("dateAccident", LocalDate.now(HORLOGE).minusDays(2).toString());
    corps.put("lieu", "Place de la Bourse, Bordeaux");
    corps.put("natureAccident", "circulation");
    corps.put("circonstances", "Renversé par une trottinette.");
    corps.put("tiersConnu", true);
    corps.put("tiersIdentite", "M. Laborde");
    corps.put("assureurNom", "Assurances de Gironde");
    corps.put("pvOuPlainte", false);
    return corps;
  }

  static Map<String, Object> arret(Nir nir) {
    LocalDate debut = LocalDate.now(HORLOGE).minusDays(1);
    return Map.of("nir", nir.formate(), "dateDebut", debut.toString(), "dateFin", debut.plusDays(20).toString(),
        "datePrescription", debut.toString(), "prolongation", false, "siretEmployeur", "12345678900015");
  }

  static Map<String, Object> attestation(String referenceArret) {
    return Map.of("referenceArret", referenceArret, "salairesBruts", List.of(2850, 2850, 2850), "heuresTravaillees", 455, "subrogation", false);
  }

  @Test
  void demander_un_code_oublie_tient_dans_son_budget() {
    NavigateurSansScript navigateur = new NavigateurSansScript(http.url(""), "10.17.0.1");
    navigateur.get("/connexion/code-oublie");
    String inconnu = citoyens.identifiantLibre();
    var demande = compteur.mesurer(() -> navigateur.poster(
        "/connexion/code-oublie", Map.of("identifiant", inconnu, "email", "budget@example.fr")));
    assertThat(demande.resultat().statusCode()).isEqualTo(302);
    assertThat(demande.instructions()).isLessThanOrEqualTo(DEMANDER_UN_CODE_OUBLIE);
  }

  @Test
  void creer_un_compte_tient_dans_son_budget() throws InterruptedException {
    Nir nir = citoyens.assureSansCompte();
    String email = "creation-" + nir.identifiant() + "@example.fr";
    NavigateurSansScript navigateur = new NavigateurSansScript(http.url(""), "10.17.0.4");
    navigateur.get("/connexion/creer-compte");
    var demande = compteur.mesurer(() -> navigateur.poster("/connexion/creer-compte", Map.of(
        "nir", nir.valeur(), "nom", "Testeur", "prenom", "Paul", "dateNaissance", "1990-05-01", "email", email)));
    assertThat(demande.resultat().statusCode()).isEqualTo(302);
    var courriel = boite.attendrePour(email, java.time.Duration.ofSeconds(10));
    java.util.regex.Matcher lien = java.util.regex.Pattern.compile("(/connexion/creer-compte/confirmer\\?jeton=\\S+)")
        .matcher(courriel.orElseThrow().texte());
    assertThat(lien.find()).isTrue();
    String jeton = lien.group(1).substring(lien.group(1).indexOf('=') + 1);
    navigateur.get(lien.group(1));
    var choix = compteur.mesurer(() -> navigateur.poster("/connexion/creer-compte/confirmer",
        Map.of("jeton", jeton, "code", "5792", "confirmation", "5792")));
    assertThat(choix.resultat().statusCode()).isEqualTo(302);
    System.out.printf("Créer un compte : %d instructions SQL pour la demande, %d pour le choix du code%n",
        demande.instructions(), choix.instructions());
    assertThat(demande.instructions()).isLessThanOrEqualTo(DEMANDER_LA_CREATION_D_UN_COMPTE);
    assertThat(choix.instructions()).isLessThanOrEqualTo(CHOISIR_LE_CODE_D_UN_NOUVEAU_COMPTE);
  }

  @Test
  void se_connecter_avec_le_code_puis_avec_le_code_unique_tient_dans_son_budget() {
    NavigateurSansScript claire = new NavigateurSansScript(http.url(""), "10.17.0.2");
    claire.get("/espace/connexion");
    var connexion = compteur.mesurer(() -> claire.poster("/espace/connexion",
        Map.of("identifiant", Http.CLAIRE, "code", Http.CLAIRE_CODE)));
    assertThat(connexion.resultat().statusCode()).isEqualTo(302);

    Nir nir = assures.nouveau();
    String email = "budget-" + nir.identifiant() + "@example.fr";
    jdbc.update("update assure set email = ? where nir = ?", email, nir.valeur());
    InterrupteurCodeUnique.activer(codeUnique, true);
    try {
      NavigateurSansScript assure = new NavigateurSansScript(http.url(""), "10.17.0.3");
      assure.get("/espace/connexion");
      var premiere = compteur.mesurer(() -> assure.poster("/espace/connexion",
          Map.of("identifiant", nir.identifiant(), "code", NouveauxAssures.CODE)));
      assertThat(premiere.resultat().headers().firstValue("Location").orElseThrow()).endsWith("/espace/connexion/code-unique");
      java.util.regex.Matcher code = java.util.regex.Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)")
          .matcher(boite.dernierPour(email).orElseThrow().texte());
      assertThat(code.find()).isTrue();
      assure.get("/espace/connexion/code-unique");
      var seconde = compteur.mesurer(() -> assure.poster("/espace/connexion/code-unique", Map.of("code", code.group(1))));
      assertThat(seconde.resultat().headers().firstValue("Location").orElseThrow()).endsWith("/espace/");
      System.out.printf("Connexion : %d instructions SQL avec le code, %d + %d avec le code à usage unique%n",
          connexion.instructions(), premiere.instructions(), seconde.instructions());
      assertThat(connexion.instructions()).isLessThanOrEqualTo(SE_CONNECTER);
      assertThat(premiere.instructions()).isLessThanOrEqualTo(SE_CONNECTER_AVANT_LE_CODE_UNIQUE);
      assertThat(seconde.instructions()).isLessThanOrEqualTo(SAISIR_LE_CODE_UNIQUE);
    } finally {
      InterrupteurCodeUnique.activer(codeUnique, false);
    }
  }

  private int instructions(Runnable appel) {
    appel.run();
    return compteur.instructionsPendant(appel);
  }

  private static JsonNode json(String corps) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(corps);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
