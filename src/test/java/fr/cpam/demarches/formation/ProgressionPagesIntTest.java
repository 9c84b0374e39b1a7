package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegrationFormation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The results' pages on a training server: the trainer follows each learner (progress, CSV,
 * a dossier's path on its diagram); a learner reaches their own debrief and nothing of the
 * trainer's; nobody else reaches either. Their budgets of SQL statements:
 * {@code performance/BudgetsSqlFormationIntTest}.
 */
@TestIntegrationFormation
class ProgressionPagesIntTest {


  static final String VOL = "01-vol-apres-demenagement.yml";

  @Autowired Http http;
  @Autowired SessionsDeFormation sessions;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired JobsDus jobs;
  @Autowired Progression progression;

  SessionsDeFormation.SessionCreee session(int stagiaires) {
    return sessions.creer(new SessionsDeFormation.NouvelleSession("Suivi", HorlogeDeTest.aujourdhui(),
        HorlogeDeTest.aujourdhui().plusDays(2), stagiaires, List.of(VOL)), "formateur");
  }

  @Test
  void le_formateur_suit_chaque_stagiaire_et_un_stagiaire_ne_voit_que_son_debriefing() {
    var s = session(2);
    var travail = new Stagiaires(sessions, taskService, identityService, jdbc, jobs);
    travail.faire(s, 1, "Task_ExaminerDeclaration", Map.of("decision", "accepter"));
    travail.faire(s, 2, "Task_ExaminerDeclaration", Map.of("decision", "refuser", "motifRefus", "Adresse douteuse."));
    var un = s.comptes().get(0);
    var deux = s.comptes().get(1);
    String referenceUn = travail.references(sessions.locataires(s.code()).get(0)).get(0);
    String referenceDeux = travail.references(sessions.locataires(s.code()).get(1)).get(0);
    String progression = "/formation/sessions/" + s.code() + "/progression";
    String csv = "/formation/sessions/" + s.code() + "/resultats.csv";
    String dossier = "/formation/sessions/" + s.code() + "/stagiaires/1/dossiers/" + referenceUn;
    var formateur = http.en("formateur", "demo");

    var page = formateur.get(progression);
    assertThat(page.statut()).as(page.corps()).isEqualTo(200);
    assertThat(page.corps()).contains(un.identifiant(), deux.identifiant(), "Conforme", "Différente de l&#39;attendu", "Décision : Refuser",
        referenceUn, referenceDeux);
    var export = formateur.get(csv);
    assertThat(export.statut()).isEqualTo(200);
    assertThat(export.corps()).startsWith("\uFEFFSession;Stagiaire;").contains(un.identifiant() + ";");
    var chemin = formateur.get(dossier);
    assertThat(chemin.statut()).as(chemin.corps()).isEqualTo(200);
    assertThat(chemin.corps()).contains("<svg", "schema-pris", "Examiner la déclaration");
    assertThat(formateur.get("/formation/sessions/" + s.code() + "/stagiaires/2/dossiers/" + referenceUn).statut())
        .as("le dossier d'un stagiaire sous le numéro d'un autre").isEqualTo(404);

    // Learners, agents, supervisors: 403 on the trainer's pages; nobody logged in: the login page.
    for (String[] personne : List.of(new String[] {un.identifiant(), un.motDePasse()}, new String[] {"agent.droits", "demo"},
        new String[] {"superviseur", "demo"})) {
      for (String adresse : List.of(progression, csv, dossier)) {
        assertThat(http.en(personne[0], personne[1]).get(adresse).statut()).as(personne[0] + " " + adresse).isEqualTo(403);
      }
    }
    assertThat(http.anonyme().get(progression).statut()).isEqualTo(302);

    // Each learner their own debrief: « à la fin » by default, and both have done their one task.
    var debriefUn = http.en(un.identifiant(), un.motDePasse()).get("/formation/debriefing");
    assertThat(debriefUn.statut()).as(debriefUn.corps()).isEqualTo(200);
    assertThat(debriefUn.corps()).contains("Mon débriefing", referenceUn, "Ce qui était attendu", "vient de déménager", "Conforme")
        .doesNotContain(referenceDeux);
    var debriefDeux = http.en(deux.identifiant(), deux.motDePasse()).get("/formation/debriefing");
    assertThat(debriefDeux.corps()).contains(referenceDeux, "Décision : Refuser", "Différente de l&#39;attendu").doesNotContain(referenceUn);
    assertThat(formateur.get("/formation/debriefing").statut()).as("le formateur n'est pas un stagiaire").isEqualTo(403);
    assertThat(http.en("agent.droits", "demo").get("/formation/debriefing").statut()).isEqualTo(403);

    sessions.fermer(s.code());
  }

  @Test
  void apres_chaque_tache_le_stagiaire_voit_l_attendu_aussitot_a_la_fin_seulement_quand_tout_est_fait() {
    var s = sessions.creer(new SessionsDeFormation.NouvelleSession("Débriefing", HorlogeDeTest.aujourdhui(),
        HorlogeDeTest.aujourdhui().plusDays(2), 1, List.of(VOL, "02-message-mal-oriente.yml")), "formateur");
    var travail = new Stagiaires(sessions, taskService, identityService, jdbc, jobs);
    travail.faire(s, 1, "Task_ExaminerDeclaration", Map.of("decision", "accepter"));
    var un = s.comptes().get(0);

    var fin = http.en(un.identifiant(), un.motDePasse()).get("/formation/debriefing");
    assertThat(fin.corps()).contains("s'affichera quand vous aurez fait toutes les tâches").doesNotContain("vient de déménager");

    var choix = new String(http.en("formateur", "demo").octets("/formation/sessions/" + s.code() + "/progression").body(),
        StandardCharsets.UTF_8);
    assertThat(choix).contains("name=\"mode\"", "Après chaque tâche");
    progression.choisirDebriefing(s.code(), Progression.MODE_APRES_CHAQUE_TACHE);
    var apres = http.en(un.identifiant(), un.motDePasse()).get("/formation/debriefing");
    assertThat(apres.corps()).contains("Ce qui était attendu", "vient de déménager").doesNotContain("s'affichera");
    sessions.fermer(s.code());
  }
}
