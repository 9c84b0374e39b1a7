package fr.cpam.demarches.indemnites;

import static fr.cpam.demarches.indemnites.IndemnitesJournalieresProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.commun.Horloge;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.notification.NotificationService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Every path of IndemnitesJournalieres.bpmn, with the engine clock moved for the timers and the
 * jobs executed one by one (the job executor is off in tests).
 */
@TestIntegration
@TestExecutionListeners(
    listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class IndemnitesJournalieresProcessTest {

  static final String SIRET = "12345678900015";
  static final String AUTRE_SIRET = "73282932000074";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ArretTravailService arrets;
  @Autowired IndemnisationService indemnisation;
  @Autowired VersementIjRepository versements;
  @Autowired ArretTravailRepository dossiers;
  @Autowired NotificationService notifications;
  @Autowired EmployeurSimule employeur;
  @Autowired BanqueSimulee banque;
  @Autowired AssuresDeTest assures;

  @BeforeEach
  void moteur() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void horloge() {
    ClockUtil.reset();
    banque.echouerProchainsVirements(0);
  }

  // --- Helpers ----------------------------------------------------------------------------

  static void le(LocalDate jour, int heure) {
    ClockUtil.setCurrentTime(Date.from(jour.atTime(LocalTime.of(heure, 0)).atZone(Horloge.PARIS).toInstant()));
  }

  String avis(Nir nir, LocalDate debut, LocalDate fin) {
    return arrets.recevoirAvis(new ArretTravailService.AvisRecu(nir.formate(), debut, fin, debut, false, null, SIRET, false)).reference();
  }

  void attestation(String reference, String salaire, String heures, boolean subrogation) {
    attestation(reference, salaire, heures, subrogation, null, null);
  }

  void attestation(String reference, String salaire, String heures, boolean subrogation, String siret, LocalDate dernierJour) {
    BigDecimal s = new BigDecimal(salaire);
    arrets.recevoirAttestation(
        new ArretTravailService.AttestationRecue(
            reference, List.of(s, s, s), new BigDecimal(heures), subrogation, siret, dernierJour, null, null, null));
  }

  ProcessInstance dossier(String reference) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference, CLE).singleResult();
  }

  ProcessInstance dossierHistorique(String reference) {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .list().stream().map(h -> (ProcessInstance) null).findFirst().orElse(null);
  }

  /** Executes the jobs of a dossier that are due now, until it waits for something else. */
  void executerJobsEchus(ProcessInstance pi) {
    for (int i = 0; i < 20; i++) {
      List<Job> jobs =
          processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().list();
      jobs = jobs.stream().filter(j -> j.getDuedate() == null || !j.getDuedate().after(ClockUtil.getCurrentTime())).toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> processEngine.getManagementService().executeJob(j.getId()));
    }
  }

  List<VersementIj> versementsDe(String reference) {
    return versements.findByArretOrderByPeriodeDebutAsc(dossiers.findByReference(reference).orElseThrow());
  }

  List<String> titresNotifies(Nir nir, String reference) {
    return notifications.de(nir.identifiant(), PageRequest.of(0, 100)).stream()
        .filter(n -> reference.equals(n.getReferenceDossier()))
        .map(n -> n.getTitre())
        .toList();
  }

  // --- Paths ------------------------------------------------------------------------------

  @Test
  void arret_court_paye_tous_les_14_jours_puis_a_la_fin_de_l_arret() {
    Nir nir = assures.nouveau();
    le(LocalDate.of(2026, 3, 10), 9);
    String reference = avis(nir, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 5));
    ProcessInstance pi = dossier(reference);
    assertThat(pi).isWaitingAt(TASK_ATTENDRE_ATTESTATION);

    le(LocalDate.of(2026, 3, 11), 10);
    attestation(reference, "2000", "455", false);
    executerJobsEchus(pi);
    // Still within the carence on the 11th: nothing to pay yet, next payment on the 25th.
    assertThat(pi).isWaitingAt(GATEWAY_ATTENTE_ECHEANCE);
    assertThat(versementsDe(reference)).isEmpty();
    ArretTravail arret = dossiers.findByReference(reference).orElseThrow();
    assertThat(arret.getMontantJournalier()).isEqualByComparingTo("32.88");
    assertThat(arret.getPremierJourIndemnise()).isEqualTo(LocalDate.of(2026, 3, 13));

    le(LocalDate.of(2026, 3, 25), 7);
    execute(job(EVENT_ECHEANCE, pi));
    executerJobsEchus(pi);
    assertThat(versementsDe(reference))
        .extracting(VersementIj::getPeriodeDebut, VersementIj::getPeriodeFin, VersementIj::getJours, VersementIj::estVerse)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 24), 12, true));
    // 12 × 32.88 = 394.56 ; CSG 24.46 ; CRDS 1.97 ; net 368.13.
    assertThat(versementsDe(reference).get(0).getMontantNet()).isEqualByComparingTo("368.13");

    // Next payment at the end of the arrêt (6 April), before the 14 days are up.
    le(LocalDate.of(2026, 4, 6), 7);
    execute(job(EVENT_ECHEANCE, pi));
    executerJobsEchus(pi);
    assertThat(pi).isEnded().hasPassed(END_TERMINEE);
    assertThat(versementsDe(reference)).hasSize(2);
    assertThat(versementsDe(reference).get(1).getPeriodeFin()).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(dossiers.findByReference(reference).orElseThrow().getStatut()).isEqualTo(StatutArret.TERMINE);
    assertThat(titresNotifies(nir, reference)).contains("Fin de l'indemnisation de votre arrêt de travail");
  }
}
