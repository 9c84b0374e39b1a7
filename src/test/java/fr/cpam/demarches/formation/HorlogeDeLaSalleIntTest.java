package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.NavigateurSansScript;
import fr.cpam.demarches.TestIntegrationFormation;
import fr.cpam.demarches.commun.ConflitException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The room's clock on a training server: the trainer's "+7 jours" lives the days in between (a
 * message left unanswered escalates to the supervisors in the learner's own dossier, the daily
 * payment run runs), the advance is kept for a restart, a second move while one runs is refused in
 * French and changes nothing. (Without the profile: {@code BaseDeFormationIntTest}.)
 */
@TestIntegrationFormation
class HorlogeDeLaSalleIntTest {

  @Autowired Http http;
  @Autowired SessionsDeFormation sessions;
  @Autowired HorlogeDeLaSalle salle;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  NavigateurSansScript formateur() {
    var navigateur = new NavigateurSansScript(http.url(""), "10.22.2." + (int) (Math.random() * 250));
    navigateur.get("/espace/connexion");
    navigateur.poster("/espace/connexion", Map.of("identifiant", "formateur", "code", "demo"));
    return navigateur;
  }

  @Test
  void sept_jours_plus_tard_le_message_sans_reponse_escalade_chez_les_superviseurs_et_la_tournee_de_paiement_a_tourne() {
    var s = sessions.creer(new SessionsDeFormation.NouvelleSession("Retards", HorlogeDeTest.aujourdhui(),
        HorlogeDeTest.aujourdhui().plusDays(7), 1, List.of("06-message-en-retard.yml")), "formateur");
    try {
      String locataire = sessions.locataires(s.code()).get(0);
      assertThat(taskService.createTaskQuery().tenantIdIn(locataire).taskDefinitionKey("Task_MessageEnRetard").count()).isZero();
      long tournees = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("TourneePaiementsIj").count();
      LocalDate avant = HorlogeDeTest.aujourdhui();
      var formateur = formateur();
      formateur.get("/formation/sessions");

      var reponse = formateur.poster("/formation/horloge", Map.of("deplacement", "sept-jours"));

      assertThat(reponse.statusCode()).isEqualTo(302);
      assertThat(HorlogeDeTest.aujourdhui()).isEqualTo(avant.plusDays(7));
      var retard = taskService.createTaskQuery().tenantIdIn(locataire).taskDefinitionKey("Task_MessageEnRetard").singleResult();
      assertThat(retard).as("l'escalade du message en retard, dans le dossier du stagiaire").isNotNull();
      assertThat(taskService.getIdentityLinksForTask(retard.getId())).anyMatch(l -> "superviseurs".equals(l.getGroupId()));
      assertThat(taskService.createTaskQuery().tenantIdIn(locataire).taskDefinitionKey("Task_TraiterMessage").count())
          .as("la tâche du service reste").isOne();
      assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("TourneePaiementsIj").count())
          .as("une tournée par matin passé").isGreaterThanOrEqualTo(tournees + 5);
      assertThat(jdbc.queryForObject("select decalage_ms from formation_horloge where id = 1", Long.class))
          .as("l'avance gardée pour un redémarrage").isGreaterThan(Duration.ofDays(6).toMillis());
      var page = formateur.get("/formation/sessions");
      assertThat(page.body()).contains("Jour de la salle : ", "+7 jours : ", "travaux du moteur exécutés");
    } finally {
      sessions.fermer(s.code());
    }
  }

  @Test
  void un_second_deplacement_pendant_le_premier_est_refuse_en_francais_sans_rien_changer() {
    jdbc.update("update formation_horloge set en_mouvement = true where id = 1");
    try {
      Long decalage = jdbc.queryForObject("select decalage_ms from formation_horloge where id = 1", Long.class);
      LocalDate avant = HorlogeDeTest.aujourdhui();
      assertThatThrownBy(() -> salle.avancer(HorlogeDeLaSalle.Deplacement.JOUR_OUVRE, "formateur"))
          .isInstanceOf(ConflitException.class).hasMessageContaining("déjà en train d'avancer");

      var formateur = formateur();
      formateur.get("/formation/sessions");
      var refus = formateur.poster("/formation/horloge", Map.of("deplacement", "jour-ouvre"));
      assertThat(refus.statusCode()).isEqualTo(302);
      assertThat(formateur.get("/formation/sessions").body()).contains("Rien n'a été changé", "est déjà en train d&#39;avancer");
      assertThat(HorlogeDeTest.aujourdhui()).isEqualTo(avant);
      assertThat(jdbc.queryForObject("select decalage_ms from formation_horloge where id = 1", Long.class)).isEqualTo(decalage);
    } finally {
      jdbc.update("update formation_horloge set en_mouvement = false where id = 1");
    }
  }

  @Test
  void jusqu_a_la_prochaine_echeance_puis_un_jour_ouvre_le_temps_ne_fait_qu_avancer() {
    var avant = HorlogeDeTest.maintenant();
    var echeance = salle.prochaineEcheance().orElseThrow();
    var fait = salle.avancer(HorlogeDeLaSalle.Deplacement.ECHEANCE, "formateur");
    assertThat(fait.apres()).isEqualTo(echeance);
    assertThat(HorlogeDeTest.maintenant()).isAfterOrEqualTo(echeance);
    assertThat(fait.jobs()).isPositive();
    var ouvre = salle.avancer(HorlogeDeLaSalle.Deplacement.JOUR_OUVRE, "formateur");
    assertThat(ouvre.apres()).isAfter(ouvre.avant()).isAfter(avant);
    assertThatThrownBy(() -> HorlogeDeLaSalle.Deplacement.de("-1-jour")).hasMessageContaining("ne recule jamais");
    var formateur = formateur();
    formateur.get("/formation/sessions");
    formateur.poster("/formation/horloge", Map.of("deplacement", "hier"));
    assertThat(formateur.get("/formation/sessions").body()).contains("Rien n'a été changé", "avance que de ces façons");
  }
}
