package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.commun.IntrouvableException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trainer's reading of a session and the reset, on the real engine: each learner's decision
 * is recorded when they complete a task and compared with the scenario's expected one; times and
 * lateness come from the engine's history of their tenant; a reset leaves nothing of the removed
 * dossiers, plays the scenarios again and touches no other learner nor session; a learner's
 * debrief is their own.
 */
@TestIntegration
class ProgressionIntTest {

  @Autowired SessionsDeFormation sessions;
  @Autowired Progression progression;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock horloge;
  @Autowired JobsDus jobs;

  static final String VOL = "01-vol-apres-demenagement.yml";
  static final String MESSAGE = "02-message-mal-oriente.yml";

  SessionsDeFormation.SessionCreee session(int stagiaires, List<String> scenarios) {
    LocalDate aujourdhui = LocalDate.now(horloge);
    return sessions.creer(new SessionsDeFormation.NouvelleSession("Progression", aujourdhui, aujourdhui.plusDays(2), stagiaires, scenarios),
        "formateur");
  }

  void faire(SessionsDeFormation.SessionCreee s, int numero, String element, Map<String, Object> valeurs) {
    new Stagiaires(sessions, taskService, identityService, jdbc, jobs).faire(s, numero, element, valeurs);
  }

  @Test
  void chaque_decision_est_comparee_a_l_attendue_avec_sa_raison_son_temps_et_son_retard() {
    var s = session(2, List.of(VOL, MESSAGE));
    faire(s, 1, "Task_ExaminerDeclaration", Map.of("decision", "accepter"));
    faire(s, 2, "Task_ExaminerDeclaration", Map.of("decision", "refuser", "motifRefus", "Adresse douteuse : je préfère refuser."));
    faire(s, 1, "Task_TraiterMessage", Map.of("decision", "transmettre", "serviceCible", "prestations-especes",
        "motifTransfert", "Question d'indemnités journalières."));
    // The second learner leaves the message: it becomes late once its due date has passed.
    HorlogeDeTest.avancer(Duration.ofDays(10));

    var p = progression.deLaSession(s.code());

    assertThat(p.stagiaires()).extracting(Progression.Stagiaire::identifiant)
        .containsExactly(s.comptes().get(0).identifiant(), s.comptes().get(1).identifiant());
    var un = p.stagiaires().get(0);
    var examenUn = tache(un, VOL, "Task_ExaminerDeclaration");
    assertThat(examenUn.conforme()).isTrue();
    assertThat(examenUn.decide()).containsEntry("decision", "accepter");
    assertThat(examenUn.attendue().raison()).contains("vient de déménager");
    assertThat(examenUn.prise()).isNotNull().isAfterOrEqualTo(examenUn.creee());
    assertThat(examenUn.duree(p.maintenant())).isGreaterThanOrEqualTo(Duration.ofMinutes(12));
    // The message: transmitted as expected (first expected Task_TraiterMessage), then open again
    // at the target service, where the second expected one (answer) waits.
    var messagesUn = un.dossiers().stream().filter(d -> d.scenario().equals(MESSAGE)).findFirst().orElseThrow().taches();
    assertThat(messagesUn.get(0).conforme()).isTrue();
    assertThat(messagesUn.get(0).decide()).containsEntry("decision", "transmettre").containsEntry("serviceCible", "prestations-especes");
    assertThat(messagesUn).hasSizeGreaterThanOrEqualTo(2);
    assertThat(messagesUn.get(1).faite()).isFalse();
    assertThat(messagesUn.get(1).attendue().attendu()).containsEntry("decision", "repondre");
    assertThat(un.faites()).isEqualTo(2);
    assertThat(un.attendues()).isEqualTo(3);
    assertThat(un.conformes()).isEqualTo(2);

    var deux = p.stagiaires().get(1);
    var examenDeux = tache(deux, VOL, "Task_ExaminerDeclaration");
    assertThat(examenDeux.conforme()).isFalse();
    assertThat(examenDeux.decide()).containsEntry("decision", "refuser");
    assertThat(deux.nonConformes()).isEqualTo(1);
    var messageDeux = tache(deux, MESSAGE, "Task_TraiterMessage");
    assertThat(messageDeux.faite()).isFalse();
    assertThat(messageDeux.enRetard()).as("échéance %s passée", messageDeux.echeance()).isTrue();
    assertThat(deux.enRetard()).isGreaterThanOrEqualTo(1);

    sessions.fermer(s.code());
  }

  @Test
  void le_debriefing_d_un_stagiaire_est_le_sien_et_suit_le_choix_du_formateur() {
    var s = session(2, List.of(VOL));
    faire(s, 1, "Task_ExaminerDeclaration", Map.of("decision", "accepter"));

    var un = progression.duStagiaire(s.comptes().get(0).identifiant()).orElseThrow();
    assertThat(un.stagiaires()).singleElement().satisfies(st -> {
      assertThat(st.identifiant()).isEqualTo(s.comptes().get(0).identifiant());
      assertThat(st.termine()).isTrue();
    });
    assertThat(un.entete().apresChaqueTache()).as("« à la fin » par défaut").isFalse();
    var deux = progression.duStagiaire(s.comptes().get(1).identifiant()).orElseThrow();
    assertThat(deux.stagiaires()).singleElement().satisfies(st -> assertThat(st.termine()).isFalse());
    assertThat(progression.duStagiaire("agent.droits")).isEmpty();

    progression.choisirDebriefing(s.code(), Progression.MODE_APRES_CHAQUE_TACHE);
    assertThat(progression.entete(s.code()).apresChaqueTache()).isTrue();
    assertThatThrownBy(() -> progression.choisirDebriefing(s.code(), "jamais"))
        .hasMessageContaining("« après chaque tâche » ou « à la fin »");
    assertThatThrownBy(() -> progression.choisirDebriefing("zzzz", Progression.MODE_A_LA_FIN)).isInstanceOf(IntrouvableException.class);
    sessions.fermer(s.code());
  }

  @Test
  void remettre_un_stagiaire_au_debut_supprime_tout_de_ses_dossiers_rejoue_les_scenarios_et_ne_touche_pas_les_autres() {
    var s = session(2, List.of(VOL, MESSAGE));
    var autre = session(1, List.of(MESSAGE));
    faire(s, 1, "Task_ExaminerDeclaration", Map.of("decision", "accepter"));
    faire(s, 2, "Task_ExaminerDeclaration", Map.of("decision", "refuser", "motifRefus", "Je refuse."));
    List<String> locataires = sessions.locataires(s.code());
    String deux = locataires.get(1);
    List<String> anciennes = references(deux);
    List<String> instances = jdbc.queryForList("select ID_ from ACT_HI_PROCINST where TENANT_ID_ = ?", String.class, deux);
    assertThat(lignesDesInstances(instances).values()).anyMatch(n -> n > 0);
    Map<String, Long> unAvant = lignesDuLocataire(locataires.get(0));
    Map<String, Long> autreAvant = lignesDuLocataire(sessions.locataires(autre.code()).get(0));

    sessions.reinitialiser(s.code(), 2);

    assertThat(lignesDesInstances(instances)).allSatisfy((table, n) -> assertThat(n).as(table).isZero());
    for (String r : anciennes) {
      for (String table : SessionsDeFormationIntTest.TABLES_PAR_REFERENCE) {
        assertThat(jdbc.queryForObject("select count(*) from " + table + " where reference_dossier = ?", Long.class, r)).as(table).isZero();
      }
      for (String table : List.of("dossier_carte_vitale", "messagerie_conversation", "formation_decision", "formation_dossier")) {
        assertThat(jdbc.queryForObject("select count(*) from " + table + " where reference = ?", Long.class, r)).as(table).isZero();
      }
    }
    // Played again from the start: new dossiers, the first task open, no decision yet; the account stays.
    assertThat(references(deux)).hasSize(2).doesNotContainAnyElementsOf(anciennes);
    assertThat(taskService.createTaskQuery().tenantIdIn(deux).taskDefinitionKey("Task_ExaminerDeclaration").count()).isOne();
    assertThat(identityService.checkPassword(s.comptes().get(1).identifiant(), s.comptes().get(1).motDePasse())).isTrue();
    assertThat(progression.deLaSession(s.code()).stagiaires().get(1).faites()).isZero();
    assertThat(lignesDuLocataire(locataires.get(0))).isEqualTo(unAvant);
    assertThat(lignesDuLocataire(sessions.locataires(autre.code()).get(0))).isEqualTo(autreAvant);

    sessions.reinitialiser(s.code(), null);
    assertThat(progression.deLaSession(s.code()).stagiaires()).allSatisfy(st -> assertThat(st.faites()).isZero());
    assertThat(lignesDuLocataire(sessions.locataires(autre.code()).get(0))).isEqualTo(autreAvant);
    assertThatThrownBy(() -> sessions.reinitialiser(s.code(), 9)).isInstanceOf(IntrouvableException.class);

    sessions.fermer(s.code());
    sessions.fermer(autre.code());
  }

  Progression.Tache tache(Progression.Stagiaire s, String scenario, String element) {
    return s.dossiers().stream().filter(d -> d.scenario().equals(scenario)).flatMap(d -> d.taches().stream())
        .filter(t -> t.tache().equals(element)).findFirst().orElseThrow();
  }

  List<String> references(String locataire) {
    return new Stagiaires(sessions, taskService, identityService, jdbc, jobs).references(locataire);
  }

  /** The engine's rows of these process instances (and of those they called), table by table. */
  Map<String, Long> lignesDesInstances(List<String> instances) {
    Map<String, Long> lignes = new LinkedHashMap<>();
    if (instances.isEmpty()) {
      return lignes;
    }
    String dans = " in (" + String.join(",", instances.stream().map(i -> "'" + i + "'").toList()) + ")";
    Map<String, String> colonnes = new LinkedHashMap<>();
    colonnes.put("ACT_RU_EXECUTION", "PROC_INST_ID_");
    colonnes.put("ACT_RU_TASK", "PROC_INST_ID_");
    colonnes.put("ACT_RU_JOB", "PROCESS_INSTANCE_ID_");
    colonnes.put("ACT_RU_VARIABLE", "PROC_INST_ID_");
    colonnes.put("ACT_RU_INCIDENT", "PROC_INST_ID_");
    for (String historique : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_IDENTITYLINK",
        "ACT_HI_JOB_LOG", "ACT_HI_DECINST", "ACT_HI_OP_LOG", "ACT_HI_INCIDENT", "ACT_HI_DETAIL")) {
      colonnes.put(historique, "ROOT_PROC_INST_ID_");
    }
    colonnes.forEach((table, colonne) ->
        lignes.put(table, jdbc.queryForObject("select count(*) from " + table + " where " + colonne + dans, Long.class)));
    return lignes;
  }

  /** Everything the engine and this module hold for a tenant, table by table. */
  Map<String, Long> lignesDuLocataire(String locataire) {
    Map<String, Long> lignes = new LinkedHashMap<>();
    for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_JOB", "ACT_RU_VARIABLE", "ACT_HI_PROCINST", "ACT_HI_ACTINST",
        "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_IDENTITYLINK", "ACT_HI_JOB_LOG", "ACT_HI_DECINST")) {
      lignes.put(table, jdbc.queryForObject("select count(*) from " + table + " where TENANT_ID_ = ?", Long.class, locataire));
    }
    lignes.put("formation_decision", jdbc.queryForObject("select count(*) from formation_decision where locataire = ?", Long.class, locataire));
    return lignes;
  }
}
