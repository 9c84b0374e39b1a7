package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the outside world does after a learner's task, in a live session (not only when a test
 * plays the scenario): learner 1 completes the task, and the event the scenario declares
 * {@code apres} it happens as soon as the dossier waits for it, once, with its effect seen (the
 * next task, the next step); an event that fails becomes an incident of the dossier, not a lost
 * event. One test per kind of event the scenarios play after a task.
 */
@TestIntegration
class EvenementsEnSessionIntTest {

  @Autowired SessionsDeFormation sessions;
  @Autowired EvenementsEnSession evenements;
  @Autowired Progression progression;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock horloge;
  @Autowired JobsDus jobs;

  static final String ATTESTATION = "03-attestation-siret-different.yml";
  static final String COMPLEMENT = "07-demande-de-complement.yml";
  static final String CARTE_ENFANT = "05-premiere-carte-enfant.yml";
  static final String SIXIEME_MOIS = "08-eligibilite-sixieme-mois.yml";

  SessionsDeFormation.SessionCreee session(int stagiaires, String... scenarios) {
    LocalDate aujourdhui = LocalDate.now(horloge);
    return sessions.creer(new SessionsDeFormation.NouvelleSession("Événements", aujourdhui, aujourdhui.plusDays(2), stagiaires,
        List.of(scenarios)), "formateur");
  }

  Stagiaires stagiaires() {
    return new Stagiaires(sessions, taskService, identityService, jdbc, jobs);
  }

  @Test
  void l_assuree_repond_a_la_demande_de_complement_avec_une_piece_et_le_message_revient_au_stagiaire() {
    var s = session(2, COMPLEMENT);
    String locataire = sessions.locataires(s.code()).get(0);
    String reference = stagiaires().references(locataire).get(0);

    stagiaires().faire(s, 1, "Task_TraiterMessage", Map.of("decision", "complement",
        "question", "Pour lequel de vos deux fils demandez-vous la carte ?"));

    assertThat(joues(locataire, reference)).containsExactly("0:joue");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(Partie.TACHE_COMPLEMENT).count())
        .as("l'assurée fictive a répondu").isZero();
    assertThat(taskService.createTaskQuery().tenantIdIn(locataire).taskDefinitionKey("Task_TraiterMessage").count())
        .as("le message revient au stagiaire avec le complément").isOne();
    assertThat(jdbc.queryForList("select p.nom_fichier from messagerie_piece_jointe p join messagerie_echange e on e.id = p.echange_id"
        + " join messagerie_conversation c on c.id = e.conversation_id where c.reference = ?", String.class, reference))
        .as("sa réponse porte la pièce du scénario").containsExactly("acte-de-naissance-hugo.pdf");
    // Learner 2 has not asked: their citizen has nothing to answer, their message waits for them.
    String deux = sessions.locataires(s.code()).get(1);
    assertThat(joues(deux, stagiaires().references(deux).get(0))).isEmpty();
    // Once only: another moment of the dossier plays nothing again.
    evenements.jouer(locataire, reference);
    assertThat(joues(locataire, reference)).containsExactly("0:joue");
    sessions.fermer(s.code());
    assertThat(jdbc.queryForObject("select count(*) from formation_evenement where locataire = ?", Long.class, locataire)).isZero();
  }

  @Test
  void l_employeur_envoie_la_nouvelle_attestation_demandee_et_le_dossier_reprend() {
    var s = session(1, ATTESTATION);
    String locataire = sessions.locataires(s.code()).get(0);
    String reference = stagiaires().references(locataire).get(0);
    jobs.duDossier(reference);
    assertThat(attestations(reference)).isOne();

    stagiaires().faire(s, 1, "Task_VerifierAttestation", Map.of("decisionAttestation", "nouvelle-attestation",
        "commentaireVerification", "SIRET différent : nouvelle attestation demandée."));

    assertThat(joues(locataire, reference)).containsExactly("1:joue");
    assertThat(attestations(reference)).as("la nouvelle attestation est reçue").isEqualTo(2);
    assertThat(runtimeService.createExecutionQuery().processInstanceBusinessKey(reference).activityId("Task_AttendreAttestation").count())
        .as("le dossier n'attend plus l'employeur").isZero();
    assertThat(runtimeService.createExecutionQuery().processInstanceBusinessKey(reference).activityId("Gateway_AttenteEcheance").count()
        + runtimeService.createExecutionQuery().processInstanceBusinessKey(reference).activityId("Event_EcheanceVersement").count())
        .as("le dossier attend la prochaine échéance : %s", actives(reference)).isPositive();
    sessions.fermer(s.code());
  }

  @Test
  void les_pieces_de_l_assuree_fictive_sont_transmises_et_le_stagiaire_trouve_sa_verification() {
    var s = session(1, CARTE_ENFANT);
    String locataire = sessions.locataires(s.code()).get(0);

    assertThat(taskService.createTaskQuery().tenantIdIn(locataire).taskDefinitionKey(Partie.TACHE_PIECES).count()).isZero();
    assertThat(taskService.createTaskQuery().tenantIdIn(locataire).taskDefinitionKey("Task_VerifierIdentite").count()).isOne();
    sessions.fermer(s.code());
  }

  /**
   * The card factory refuses the order the learner's identity check sent: the refusal is played
   * once the factory has the order, nothing is made; ten days later (the trainer's clock on a
   * training server: HorlogeDeLaSalleIntTest) the
   * learner finds « Relancer la fabrique de cartes » and sends the order again, as the scenario
   * expects.
   */
  @Test
  void la_fabrique_refuse_la_commande_et_dix_jours_plus_tard_le_stagiaire_la_renvoie() {
    var s = session(2, CARTE_ENFANT);
    String locataire = sessions.locataires(s.code()).get(0);
    String reference = stagiaires().references(locataire).get(0);
    String autre = stagiaires().references(sessions.locataires(s.code()).get(1)).get(0);
    try {
      stagiaires().faire(s, 1, "Task_VerifierIdentite", Map.of("decision", "accepter"));

      assertThat(jdbc.queryForObject("select count(*) from commande_fabrique_simulee where reference_dossier = ?", Integer.class, reference))
          .as("la fabrique a reçu la commande").isOne();
      assertThat(jdbc.queryForObject("select etat from formation_evenement where locataire = ? and reference = ? and indice = 0",
          String.class, locataire, reference)).isEqualTo("joue");
      assertThat(jdbc.queryForObject("select count(*) from fabrique_simulee_reponse where reference_dossier = ? and transmise_le is null",
          Integer.class, reference)).as("refusée : aucune carte ne sera fabriquée ni expédiée").isZero();
      assertThat(actives(reference)).contains("Task_AttendreFabrication");

      fr.cpam.demarches.HorlogeDeTest.avancer(java.time.Duration.ofDays(11));
      jobs.duDossier(reference);
      assertThat(taskService.createTaskQuery().tenantIdIn(locataire).taskDefinitionKey("Task_RelancerFabrique").count())
          .as("dix jours sans nouvelles de la fabrique").isOne();
      stagiaires().faire(s, 1, "Task_RelancerFabrique", Map.of("nouvelleCommande", true));

      assertThat(jdbc.queryForObject("select count(*) from commande_fabrique_simulee where reference_dossier = ?", Integer.class, reference))
          .as("la commande renvoyée").isEqualTo(2);
      assertThat(jdbc.queryForObject("select count(*) from fabrique_simulee_reponse where reference_dossier = ? and transmise_le is null",
          Integer.class, reference)).as("cette fois la fabrique répondra").isEqualTo(2);
      assertThat(progression.deLaSession(s.code()).stagiaires().get(0).conformes()).isEqualTo(2);
      // Learner 2 has not checked the identity: no order, nothing refused.
      assertThat(jdbc.queryForObject("select count(*) from formation_evenement where reference = ?", Integer.class, autre)).isZero();
    } finally {
      sessions.fermer(s.code());
    }
  }

  @Test
  void le_temps_qui_passe_apres_une_tache_reste_l_horloge_du_formateur() {
    var s = session(1, SIXIEME_MOIS);
    String locataire = sessions.locataires(s.code()).get(0);
    String reference = stagiaires().references(locataire).get(0);
    jobs.duDossier(reference);

    stagiaires().faire(s, 1, "Task_DonnerAvisMedical", Map.of("avisMedical", "favorable", "commentaireAvis", "Arrêt justifié."));

    assertThat(joues(locataire, reference)).isEmpty();
    assertThat(actives(reference)).as("le dossier attend la prochaine échéance, que le formateur fait venir avec l'heure de la salle")
        .contains("Gateway_AttenteEcheance");
    sessions.fermer(s.code());
  }

  @Test
  void un_evenement_qui_echoue_devient_un_incident_du_dossier_et_n_est_pas_perdu() {
    var s = session(2, COMPLEMENT);
    String locataire = sessions.locataires(s.code()).get(0);
    String reference = stagiaires().references(locataire).get(0);
    String nir = jdbc.queryForObject("select nir from formation_dossier where reference = ?", String.class, reference);
    String autre = jdbc.queryForObject("select nir from formation_dossier where reference = ?", String.class,
        stagiaires().references(sessions.locataires(s.code()).get(1)).get(0));
    // The answer comes from another person than the dossier's citizen: the engine refuses it.
    jdbc.update("update formation_dossier set nir = ? where reference = ?", autre, reference);
    try {
      stagiaires().faire(s, 1, "Task_TraiterMessage", Map.of("decision", "complement",
          "question", "Pour lequel de vos deux fils demandez-vous la carte ?"));
    } finally {
      jdbc.update("update formation_dossier set nir = ? where reference = ?", nir, reference);
    }

    assertThat(joues(locataire, reference)).containsExactly("0:echec");
    List<Incident> incidents = runtimeService.createIncidentQuery().incidentType(EvenementsEnSession.INCIDENT).tenantIdIn(locataire).list();
    assertThat(incidents).singleElement().satisfies(i ->
        assertThat(i.getIncidentMessage()).contains("reponse-complement", COMPLEMENT, "ligne 25"));
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(Partie.TACHE_COMPLEMENT).count())
        .as("la demande attend toujours l'assurée").isOne();
    assertThat(progression.deLaSession(s.code()).stagiaires().get(0).dossiers().get(0).evenementEnEchec())
        .as("le formateur le voit sur la page de progression").contains("reponse-complement", "ligne 25");
    // Not played twice, nor signalled twice, at the dossier's next moment.
    evenements.jouer(locataire, reference);
    assertThat(runtimeService.createIncidentQuery().incidentType(EvenementsEnSession.INCIDENT).tenantIdIn(locataire).count()).isOne();
    sessions.fermer(s.code());
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_INCIDENT where TENANT_ID_ = ?", Long.class, locataire)).isZero();
  }

  List<String> joues(String locataire, String reference) {
    return jdbc.queryForList("select indice || ':' || etat from formation_evenement where locataire = ? and reference = ? order by indice",
        String.class, locataire, reference);
  }

  long attestations(String reference) {
    return jdbc.queryForObject("select count(*) from attestation_salaire a join arret_travail t on t.id = a.arret_id where t.reference = ?",
        Long.class, reference);
  }

  List<String> actives(String reference) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
        .flatMap(p -> runtimeService.getActiveActivityIds(p.getId()).stream()).toList();
  }
}
