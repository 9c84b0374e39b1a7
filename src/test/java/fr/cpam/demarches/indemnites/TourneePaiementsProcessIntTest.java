package fr.cpam.demarches.indemnites;

import static fr.cpam.demarches.indemnites.IndemnitesJournalieresProcessIntTest.le;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.indemnites.interne.ArretTravailRepository;
import fr.cpam.demarches.indemnites.interne.VersementIj;
import fr.cpam.demarches.indemnites.interne.VersementIjRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Every path of TourneePaiementsIj.bpmn: nothing due; ordinary payments in lots (of 2 in
 * tests), a payment that needs a decision handed to its dossier; a refused transfer that fails
 * its lot only for itself, is retried, then becomes an incident, and is never paid twice.
 */
@TestIntegration
@TestExecutionListeners(
    listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class TourneePaiementsProcessIntTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ArretTravailService arrets;
  @Autowired ArretTravailRepository dossiers;
  @Autowired VersementIjRepository versements;
  @Autowired BanqueSimulee banque;
  @Autowired Citoyens assures;
  @Autowired TourneeDeTest tournee;
  @Autowired JobsDus jobs;
  @Autowired fr.cpam.demarches.Http http;

  @BeforeEach
  void moteur() {
    BpmnAwareTests.init(processEngine);
    tournee.seulementLesDossiersDuTest();
  }

  @AfterEach
  void horloge() {
    banque.echouerProchainsVirements(0);
  }

  /** An arrêt from 10 March to 30 April 2026 whose first payment (25 March) is made: next one due on 8 April. */
  String dossierApresSonPremierVersement() {
    Nir nir = assures.salarie();
    le(LocalDate.of(2026, 3, 10), 9);
    String reference = arrets.recevoirAvis(new ArretTravailService.AvisRecu(
        nir.formate(), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 20), LocalDate.of(2026, 3, 10), false, null, "12345678900015", false))
        .reference();
    le(LocalDate.of(2026, 3, 11), 10);
    BigDecimal salaire = new BigDecimal("2000");
    arrets.recevoirAttestation(new ArretTravailService.AttestationRecue(
        reference, List.of(salaire, salaire, salaire), new BigDecimal("455"), false, null, null, null, null, null));
    le(LocalDate.of(2026, 3, 25), 7);
    tournee.lancer();
    jobs.duDossier(reference);
    assertThat(versementsDe(reference)).hasSize(1);
    return reference;
  }

  /** The dossier's payment cycle (the model its process calls, with the same reference). */
  ProcessInstance dossier(String reference) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference, VersementsIndemnitesJournalieresProcess.CLE)
        .singleResult();
  }

  List<VersementIj> versementsDe(String reference) {
    return versements.findByArretOrderByPeriodeDebutAsc(dossiers.findByReference(reference).orElseThrow());
  }

  @Test
  void chaque_matin_a_6_h_une_tournee_part_d_elle_meme() {
    Job depart = processEngine.getManagementService().createJobQuery().processDefinitionKey(TourneePaiementsProcess.CLE).timers().singleResult();
    assertThat(depart).as("the start timer of the deployed run").isNotNull();
    assertThat(depart.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalTime()).isEqualTo(LocalTime.of(6, 0));
  }

  @Test
  void seul_un_administrateur_lance_une_tournee_hors_de_son_heure() {
    String demarrer = "/engine-rest/process-definition/key/" + TourneePaiementsProcess.CLE + "/start";
    // A citizen does not even see the model; the agents see it (Cockpit) but may not start it.
    assertThat(http.en(fr.cpam.demarches.Http.CLAIRE).post(demarrer, "{}").statut()).isEqualTo(404);
    for (String agent : List.of("agent.prestations", "superviseur")) {
      assertThat(http.en(agent).post(demarrer, "{}").statut()).as(agent).isEqualTo(403);
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TourneePaiementsProcess.CLE).count()).isZero();
    var reponse = http.en("admin").post(demarrer, "{}");
    assertThat(reponse.statut()).as(reponse.corps()).isEqualTo(200);
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(reponse.json().path("id").asText())
        .singleResult().getEndActivityId()).isEqualTo(TourneePaiementsProcess.FIN_AUCUNE);
  }

  @Test
  void sans_echeance_due_la_tournee_s_arrete_aussitot() {
    le(LocalDate.of(2026, 4, 8), 7);
    ProcessInstance run = tournee.lancer();
    assertThat(run).isEnded().hasPassed(TourneePaiementsProcess.FIN_AUCUNE).hasNotPassed(TourneePaiementsProcess.TACHE_VERSER_LOT);
  }

  @Test
  void les_echeances_ordinaires_sont_versees_par_lots_et_les_decisions_rendues_au_dossier() {
    String a = dossierApresSonPremierVersement();
    String b = dossierApresSonPremierVersement();
    String c = dossierApresSonPremierVersement();
    // A fourth dossier ended early (return to work on 3 April): its next payment is its last days.
    String d = dossierApresSonPremierVersement();
    le(LocalDate.of(2026, 3, 30), 9);
    arrets.enregistrerReprise(d, LocalDate.of(2026, 4, 3));
    assertThat(dossiers.findByReference(d).orElseThrow().getProchaineEcheance()).isEqualTo(LocalDate.of(2026, 4, 3));

    le(LocalDate.of(2026, 4, 8), 7);
    ProcessInstance run = tournee.demarrer();
    assertThat(run).isWaitingAt(TourneePaiementsProcess.TACHE_VERSER_LOT);
    assertThat(runtimeService.getVariable(run.getId(), TourneePaiementsProcess.VAR_NOMBRE)).isEqualTo(4);
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(run.getId()).count())
        .as("4 dossiers in lots of 2").isEqualTo(2);
    tournee.executer(run);
    assertThat(run).isEnded().hasPassed(TourneePaiementsProcess.FIN_FAITE);

    for (String ordinaire : List.of(a, b, c)) {
      assertThat(versementsDe(ordinaire)).hasSize(2).allMatch(VersementIj::estVerse);
      assertThat(versementsDe(ordinaire).get(1).getPeriodeFin()).isEqualTo(LocalDate.of(2026, 4, 7));
      assertThat(dossier(ordinaire)).isWaitingAt(VersementsIndemnitesJournalieresProcess.GATEWAY_ATTENTE_ECHEANCE);
    }
    // The last days are decided by the dossier: handed over, its cycle runs as a job of its own.
    assertThat(versementsDe(d)).hasSize(1);
    ProcessInstance dossierD = dossier(d);
    assertThat(dossierD).hasPassed(VersementsIndemnitesJournalieresProcess.EVENT_ECHEANCE);
    jobs.duDossier(d);
    assertThat(dossierD).isEnded().hasPassed(VersementsIndemnitesJournalieresProcess.FIN_TERMINEE);
    assertThat(versementsDe(d)).extracting(VersementIj::getPeriodeFin).last().isEqualTo(LocalDate.of(2026, 4, 2));
  }

  @Test
  void un_virement_refuse_fait_echouer_son_lot_pour_lui_seul_puis_devient_un_incident_et_n_est_jamais_paye_deux_fois() {
    String a = dossierApresSonPremierVersement();
    String b = dossierApresSonPremierVersement();
    le(LocalDate.of(2026, 4, 8), 7);
    ProcessInstance run = tournee.demarrer();
    ManagementService gestion = processEngine.getManagementService();
    Job lot = gestion.createJobQuery().processInstanceId(run.getId()).singleResult();

    banque.echouerProchainsVirements(1);
    assertThatThrownBy(() -> gestion.executeJob(lot.getId()))
        .hasMessageContaining("1 échéance(s) non versée(s)").hasMessageContaining(a).hasMessageNotContaining(b);
    // The other dossier of the lot is paid; the refused one is still due.
    assertThat(versementsDe(b)).hasSize(2);
    assertThat(versementsDe(a)).hasSize(1);
    assertThat(dossiers.findByReference(a).orElseThrow().getProchaineEcheance()).isEqualTo(LocalDate.of(2026, 4, 8));

    banque.echouerProchainsVirements(10);
    assertThatThrownBy(() -> gestion.executeJob(lot.getId())).hasMessageContaining(a);
    assertThatThrownBy(() -> gestion.executeJob(lot.getId())).hasMessageContaining(a);
    assertThat(gestion.createJobQuery().jobId(lot.getId()).singleResult().getRetries()).isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(run.getId()).singleResult().getIncidentMessage())
        .contains(a).doesNotContain(dossiers.findByReference(a).orElseThrow().getNir());

    // The bank is back: an operator retries the lot from Cockpit; each period is paid once.
    banque.echouerProchainsVirements(0);
    gestion.setJobRetries(lot.getId(), 1);
    tournee.executer(run);
    assertThat(run).isEnded().hasPassed(TourneePaiementsProcess.FIN_FAITE);
    assertThat(versementsDe(a)).hasSize(2).allMatch(VersementIj::estVerse);
    assertThat(versementsDe(b)).hasSize(2);
    assertThat(banque.nombreDeVirements(a + "/")).isEqualTo(2);
    assertThat(banque.nombreDeVirements(b + "/")).isEqualTo(2);
  }
}
