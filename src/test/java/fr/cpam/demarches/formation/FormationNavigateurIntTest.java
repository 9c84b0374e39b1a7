package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegrationFormation;
import fr.cpam.demarches.navigateur.Navigateur;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journey on a training server, in Chromium: the trainer creates a session of two
 * learners and two scenarios (a misrouted message, a message that becomes late); learner 1 makes
 * the expected decision, learner 2 a wrong one, each in Tasklist with the password of the sheet
 * (and neither sees the other's message); the trainer moves the room's clock and the late message
 * escalates in that session; the progress page shows each result and the dossier's path on its
 * diagram; learner 1 reads their debrief; learner 2 is reset and starts again; closing the
 * session removes both accounts. Every page is checked with axe-core.
 */
@TestIntegrationFormation
class FormationNavigateurIntTest {

  static final String MAL_ORIENTE = "02-message-mal-oriente.yml";
  static final String EN_RETARD = "06-message-en-retard.yml";

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired SessionsDeFormation sessions;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired JobsDus jobs;

  @Test
  void le_formateur_mene_une_session_de_deux_stagiaires_de_la_creation_a_la_fermeture() {
    navigateur.connecterEspace("formateur", "demo");
    navigateur.attendreTexte("Sessions de formation");
    navigateur.suivreLien("Nouvelle session");
    navigateur.driver().findElement(By.id("titre")).sendKeys("Parcours du navigateur");
    navigateur.saisirDate("debut", HorlogeDeTest.aujourdhui());
    navigateur.saisirDate("fin", HorlogeDeTest.aujourdhui().plusDays(4));
    navigateur.driver().findElement(By.id("stagiaires")).clear();
    navigateur.driver().findElement(By.id("stagiaires")).sendKeys("2");
    cocher(MAL_ORIENTE);
    cocher(EN_RETARD);
    navigateur.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
    navigateur.attendreTexte("Code de la session");
    assertThat(navigateur.texte()).contains("du " + HorlogeDeTest.aujourdhui().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    List<WebElement> identifiants = navigateur.driver().findElements(By.xpath("//code[starts-with(., 'stagiaire-')]"));
    List<WebElement> motsDePasse = navigateur.driver().findElements(By.cssSelector("code.mot-de-passe"));
    assertThat(identifiants).hasSize(2);
    String un = identifiants.get(0).getText();
    String deux = identifiants.get(1).getText();
    String feuilleUn = motsDePasse.get(0).getText();
    String feuilleDeux = motsDePasse.get(1).getText();
    String code = un.substring("stagiaire-".length(), "stagiaire-".length() + 4);
    var session = new SessionsDeFormation.SessionCreee(0, code, List.of(new SessionsDeFormation.Compte(un, feuilleUn),
        new SessionsDeFormation.Compte(deux, feuilleDeux)));
    List<String> locataires = sessions.locataires(code);

    // Learner 1 sends the misrouted message to the service that pays allowances (expected);
    // learner 2 answers it at the desk (not what was expected): each in Tasklist, with the
    // password the sheet gives, seeing their own dossiers only.
    var travail = new Stagiaires(sessions, taskService, identityService, jdbc, jobs);
    String messageUn = travail.reference(locataires.get(0), MAL_ORIENTE);
    String messageDeux = travail.reference(locataires.get(1), MAL_ORIENTE);
    navigateur.driver().manage().deleteAllCookies();

    // The sheet's password is one-time: Tasklist refuses the learner's work and names the page
    // where they choose their own; each learner chooses theirs there.
    navigateur.saisirConnexion("tasklist", un, feuilleUn);
    assertThat(navigateur.messageDeConnexion()).contains("Votre mot de passe est provisoire", "/formation/mot-de-passe");
    navigateur.driver().manage().deleteAllCookies();
    String motDePasseUn = choisirSonMotDePasse(un, feuilleUn, "Mon-Choix-Un-2026!", true);
    String motDePasseDeux = choisirSonMotDePasse(deux, feuilleDeux, "Mon-Choix-Deux-2026!", false);
    traiterDansTasklist(un, motDePasseUn, messageUn, messageDeux, () -> navigateur.choisir("Suite à donner", "Transmettre à un autre service")
        .choisir("Service destinataire", "Prestations en espèces")
        .remplir("Motif (note interne, que l'assuré ne voit pas)", "Indemnités journalières : service des prestations."));
    traiterDansTasklist(deux, motDePasseDeux, messageDeux, messageUn, () -> navigateur.choisir("Suite à donner", "Répondre à l'assuré et clore")
        .remplir("Réponse à l'assuré", "Bonjour, votre demande est transmise. Cordialement."));
    navigateur.driver().manage().deleteAllCookies();
    navigateur.connecterEspace("formateur", "demo");

    // The session's clock: a week later the unanswered message of each learner escalates to the supervisors.
    navigateur.ouvrir("/formation/sessions/" + code + "/progression");
    navigateur.driver().findElements(By.cssSelector("form[action$='/horloge'] button")).stream()
        .filter(b -> b.getText().equals("+7 jours")).findFirst().orElseThrow().click();
    navigateur.attendreTexte("exécuté");
    for (String locataire : locataires) {
      assertThat(taskService.createTaskQuery().tenantIdIn(locataire).taskDefinitionKey("Task_MessageEnRetard").count())
          .as("escalade dans %s", locataire).isPositive();
    }

    navigateur.ouvrir("/formation/sessions/" + code + "/progression");
    navigateur.attendreTexte("Progression de la session");
    String page = navigateur.texte();
    assertThat(page).contains(un, deux, "Conforme", "Différente de l'attendu", "Suite à donner : Répondre à l'assuré et clore", "en retard",
        "Traiter le message en retard");
    navigateur.verifierAccessibilite("formation-progression");
    String reference = travail.references(locataires.get(0)).get(0);
    navigateur.driver().findElement(By.partialLinkText("dossier " + reference)).click();
    navigateur.attendreTexte("Chemin suivi");
    assertThat(navigateur.driver().findElements(By.cssSelector("svg.schema .schema-pris"))).isNotEmpty();
    navigateur.verifierAccessibilite("formation-dossier");

    // Learner 2 starts again: new dossiers, nothing of the old ones; learner 1 keeps theirs.
    List<String> anciennes = travail.references(locataires.get(1));
    List<String> deLUn = travail.references(locataires.get(0));
    navigateur.ouvrir("/formation/sessions/" + code + "/progression");
    navigateur.driver().findElements(By.cssSelector("main form button")).stream()
        .filter(b -> b.getText().equals("Remettre " + deux + " au début")).findFirst().orElseThrow().click();
    navigateur.attendreTexte("Le stagiaire 2 repart du début");
    assertThat(travail.references(locataires.get(1))).hasSize(2).doesNotContainAnyElementsOf(anciennes);
    assertThat(travail.references(locataires.get(0))).isEqualTo(deLUn);
    assertThat(taskService.createTaskQuery().tenantIdIn(locataires.get(1)).taskDefinitionKey("Task_MessageEnRetard").count()).isZero();

    // Learner 1's debrief, after each task as the trainer now chooses.
    navigateur.driver().findElement(By.id("debriefing-apres")).click();
    navigateur.driver().findElement(By.xpath("//button[.='Enregistrer ce choix']")).click();
    navigateur.attendreTexte("Débriefing enregistré");
    navigateur.driver().findElement(By.cssSelector("header form button[type='submit']")).click();
    navigateur.connecterEspace(un, motDePasseUn);
    navigateur.ouvrir("/formation/debriefing");
    navigateur.attendreTexte("Mon débriefing");
    assertThat(navigateur.texte()).contains("Ce qui était attendu", "Suite à donner : Transmettre à un autre service", "Conforme", "prestations en espèces")
        .doesNotContain(anciennes.get(0));
    navigateur.verifierAccessibilite("formation-debriefing");
    navigateur.ouvrir("/formation/sessions/" + code + "/progression");
    assertThat(navigateur.texte()).contains("Accès refusé");

    // The trainer closes the session: both accounts go. The learner logs out first, from their
    // debrief's header: the server ends their session (deleting the browser's cookies while the
    // previous page still loads could see a late answer set it again).
    navigateur.ouvrir("/formation/debriefing");
    navigateur.attendreTexte("Mon débriefing");
    navigateur.driver().findElement(By.cssSelector("header form button[type='submit']")).click();
    navigateur.connecterEspace("formateur", "demo");
    navigateur.ouvrir("/formation/sessions/" + code + "/fermer");
    navigateur.driver().findElement(By.xpath("//button[.='Fermer définitivement la session']")).click();
    navigateur.attendreTexte("fermée");
    assertThat(identityService.createUserQuery().userIdIn(un, deux).count()).isZero();
  }

  /**
   * A learner logs in to Tasklist, finds their message among their service's tasks (and not the
   * other learner's), takes it, fills the form as {@code saisie} says, completes it and logs out;
   * then the jobs the job executor would run.
   */
  private void traiterDansTasklist(String identifiant, String motDePasse, String reference, String autre, Runnable saisie) {
    navigateur.connecterTasklist(identifiant, motDePasse);
    navigateur.choisirFiltre("Tâches de mon service");
    assertThat(String.join(" ", navigateur.taches())).doesNotContain(autre);
    navigateur.ouvrirTache(reference);
    navigateur.prendreEnCharge();
    saisie.run();
    navigateur.valider();
    navigateur.deconnecter();
    jobs.duDossier(reference);
  }

  /** On the page the refusal names: the sheet's password, then the learner's own, twice. */
  private String choisirSonMotDePasse(String identifiant, String feuille, String choisi, boolean verifier) {
    navigateur.ouvrir("/formation/mot-de-passe");
    navigateur.attendreTexte("Choisir mon mot de passe");
    if (verifier) {
      navigateur.verifierAccessibilite("formation-mot-de-passe");
    }
    navigateur.driver().findElement(By.id("identifiant")).sendKeys(identifiant);
    navigateur.driver().findElement(By.id("actuel")).sendKeys(feuille);
    navigateur.driver().findElement(By.id("nouveau")).sendKeys(choisi);
    navigateur.driver().findElement(By.id("confirmation")).sendKeys(choisi);
    navigateur.driver().findElement(By.xpath("//button[.='Enregistrer mon mot de passe']")).click();
    navigateur.attendreTexte("Mot de passe enregistré");
    if (verifier) {
      navigateur.verifierAccessibilite("formation-mot-de-passe-choisi");
    }
    return choisi;
  }

  private void cocher(String fichier) {
    navigateur.driver().findElement(By.cssSelector("input[type='checkbox'][value='" + fichier + "']")).click();
  }
}
