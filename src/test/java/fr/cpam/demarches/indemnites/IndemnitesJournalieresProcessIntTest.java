package fr.cpam.demarches.indemnites;

import static fr.cpam.demarches.indemnites.IndemnitesJournalieresProcess.*;
import static fr.cpam.demarches.indemnites.IndemnitesJournalieresProcess.CLE;
import static fr.cpam.demarches.indemnites.VersementsIndemnitesJournalieresProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.indemnites.interne.ArretTravail;
import fr.cpam.demarches.indemnites.interne.ArretTravailRepository;
import fr.cpam.demarches.indemnites.interne.StatutArret;
import fr.cpam.demarches.indemnites.interne.VersementIj;
import fr.cpam.demarches.indemnites.interne.VersementIjRepository;
import fr.cpam.demarches.notification.NotificationService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
@TestExecutionListeners(
    listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class IndemnitesJournalieresProcessIntTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

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
  @Autowired Citoyens assures;
  @Autowired TourneeDeTest tournee;
  @Autowired JobsDus jobs;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired fr.cpam.demarches.Http http;
  @Autowired fr.cpam.demarches.compte.CompteService comptes;

  @BeforeEach
  void moteur() {
    BpmnAwareTests.init(processEngine);
    tournee.seulementLesDossiersDuTest();
  }

  @AfterEach
  void horloge() {
    banque.echouerProchainsVirements(0);
  }

  // --- Helpers ----------------------------------------------------------------------------

  static void le(LocalDate jour, int heure) {
    HorlogeDeTest.regler(jour.atTime(LocalTime.of(heure, 0)).atZone(Fuseau.PARIS));
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

  /**
   * The payment cycle the dossier called (VersementsIndemnitesJournalieres, same business key),
   * running or ended, for camunda-bpm-assert, which reads its state by id.
   */
  ProcessInstance versements(ProcessInstance dossier) {
    HistoricProcessInstance cycle = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(dossier.getBusinessKey()).processDefinitionKey(VersementsIndemnitesJournalieresProcess.CLE).singleResult();
    assertThat(cycle).as("cycle des versements du dossier " + dossier.getBusinessKey()).isNotNull();
    return new InstanceAppelee(cycle);
  }

  /** A called instance as camunda-bpm-assert reads it: by its id. */
  record InstanceAppelee(HistoricProcessInstance h) implements ProcessInstance {
    @Override public String getId() { return h.getId(); }
    @Override public String getProcessInstanceId() { return h.getId(); }
    @Override public String getRootProcessInstanceId() { return h.getRootProcessInstanceId(); }
    @Override public String getProcessDefinitionId() { return h.getProcessDefinitionId(); }
    @Override public String getProcessDefinitionKey() { return h.getProcessDefinitionKey(); }
    @Override public String getBusinessKey() { return h.getBusinessKey(); }
    @Override public String getCaseInstanceId() { return h.getCaseInstanceId(); }
    @Override public boolean isSuspended() { return false; }
    @Override public boolean isEnded() { return h.getEndTime() != null; }
    @Override public String getTenantId() { return h.getTenantId(); }
  }

  ProcessInstance dossierHistorique(String reference) {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .list().stream().map(h -> (ProcessInstance) null).findFirst().orElse(null);
  }

  List<VersementIj> versementsDe(String reference) {
    return versements.findByArretOrderByPeriodeDebutAsc(dossiers.findByReference(reference).orElseThrow());
  }

  List<String> titresNotifies(Nir nir, String reference) {
    return notifications.de(nir.identifiant(), PageRequest.of(0, 100)).stream()
        .filter(n -> reference.equals(n.referenceDossier()))
        .map(n -> n.titre())
        .toList();
  }

  // --- Paths ------------------------------------------------------------------------------

  @Test
  void arret_court_paye_tous_les_14_jours_puis_a_la_fin_de_l_arret() {
    Nir nir = assures.salarie();
    le(LocalDate.of(2026, 3, 10), 9);
    String reference = avis(nir, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 5));
    ProcessInstance pi = dossier(reference);
    assertThat(pi).isWaitingAt(TACHE_ATTENDRE_ATTESTATION);

    le(LocalDate.of(2026, 3, 11), 10);
    attestation(reference, "2000", "455", false);
    jobs.duDossier(pi.getBusinessKey());
    // Still within the carence on the 11th: nothing to pay yet, next payment on the 25th. The
    // dossier waits on its payment cycle, a called instance with the same reference.
    assertThat(pi).isWaitingAt(APPEL_VERSER_INDEMNITES);
    assertThat(versements(pi)).isWaitingAt(GATEWAY_ATTENTE_ECHEANCE);
    assertThat(versements(pi).getBusinessKey()).isEqualTo(reference);
    assertThat(versementsDe(reference)).isEmpty();
    ArretTravail arret = dossiers.findByReference(reference).orElseThrow();
    assertThat(arret.getMontantJournalier()).isEqualByComparingTo("32.88");
    assertThat(arret.getPremierJourIndemnise()).isEqualTo(LocalDate.of(2026, 3, 13));

    le(LocalDate.of(2026, 3, 25), 7);
    tournee.lancer();
    jobs.duDossier(pi.getBusinessKey());
    assertThat(versementsDe(reference))
        .extracting(VersementIj::getPeriodeDebut, VersementIj::getPeriodeFin, VersementIj::getJours, VersementIj::estVerse)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 24), 12, true));
    // 12 × 32.88 = 394.56 ; CSG 24.46 ; CRDS 1.97 ; net 368.13.
    assertThat(versementsDe(reference).get(0).getMontantNet()).isEqualByComparingTo("368.13");
    // The first payment marks the dossier as processed for "délais de traitement": 15 days, CPAM 691.
    assertThat(jdbc.queryForMap("select thematique, cpam_code, duree_jours from traitement_termine where process_instance_id = ?", pi.getId()))
        .containsEntry("THEMATIQUE", "arrets-travail").containsEntry("CPAM_CODE", "691").containsEntry("DUREE_JOURS", 15);

    // Next payment at the end of the arrêt (6 April), before the 14 days are up.
    le(LocalDate.of(2026, 4, 6), 7);
    tournee.lancer();
    jobs.duDossier(pi.getBusinessKey());
    assertThat(versements(pi)).isEnded().hasPassed(FIN_TERMINEE);
    assertThat(pi).isEnded().hasPassed(APPEL_VERSER_INDEMNITES, FIN_INDEMNISATION_CLOSE);
    assertThat(versementsDe(reference)).hasSize(2);
    assertThat(versementsDe(reference).get(1).getPeriodeFin()).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(dossiers.findByReference(reference).orElseThrow().getStatut()).isEqualTo(StatutArret.TERMINE);
    assertThat(titresNotifies(nir, reference)).contains("Fin de l'indemnisation de votre arrêt de travail");
  }

  /**
   * Decision 0090: a dossier started on the version before the split (the payment cycle inside
   * the dossier's model, {@code indemnites/IndemnitesJournalieres-avant-0090.bpmn}) finishes on
   * its version, next to a dossier on the current one; the payment run hands both their due
   * decision by reference. Both extra deployments go at the end (with their instances).
   */
  @Test
  void un_dossier_ouvert_avant_le_partage_du_modele_finit_sur_sa_version() {
    var depots = processEngine.getRepositoryService();
    String ancien = depots.createDeployment().name("IndemnitesJournalieres avant 0090")
        .addClasspathResource("indemnites/IndemnitesJournalieres-avant-0090.bpmn").deploy().getId();
    String actuel = null;
    try {
      le(LocalDate.of(2026, 3, 10), 9);
      String avant = avis(assures.salarie(), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 5));
      ProcessInstance surAncienne = dossier(avant);
      assertThat(surAncienne.getProcessDefinitionId())
          .isEqualTo(depots.createProcessDefinitionQuery().deploymentId(ancien).singleResult().getId());
      // The current model deployed again: the next dossier starts on it.
      actuel = depots.createDeployment().name("IndemnitesJournalieres actuel")
          .addClasspathResource("processes/IndemnitesJournalieres.bpmn").deploy().getId();
      String apres = avis(assures.salarie(), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 5));
      ProcessInstance surActuelle = dossier(apres);

      le(LocalDate.of(2026, 3, 11), 10);
      attestation(avant, "2000", "455", false);
      attestation(apres, "2000", "455", false);
      jobs.duDossier(avant);
      jobs.duDossier(apres);
      assertThat(surAncienne).isWaitingAt(GATEWAY_ATTENTE_ECHEANCE);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(avant).count())
          .as("l'ancienne version n'appelle rien").isEqualTo(1);
      assertThat(surActuelle).isWaitingAt(APPEL_VERSER_INDEMNITES);
      assertThat(versements(surActuelle)).isWaitingAt(GATEWAY_ATTENTE_ECHEANCE);

      // 25 March, then 6 April: the run hands each its decisions, each ends on its version.
      for (LocalDate jour : List.of(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 4, 6))) {
        le(jour, 7);
        tournee.lancer();
        jobs.duDossier(avant);
        jobs.duDossier(apres);
      }
      assertThat(surAncienne).isEnded().hasPassed(FIN_TERMINEE);
      assertThat(versements(surActuelle)).isEnded().hasPassed(FIN_TERMINEE);
      assertThat(surActuelle).isEnded().hasPassed(FIN_INDEMNISATION_CLOSE);
      for (String reference : List.of(avant, apres)) {
        assertThat(versementsDe(reference)).extracting(VersementIj::getPeriodeFin)
            .containsExactly(LocalDate.of(2026, 3, 24), LocalDate.of(2026, 4, 5));
      }
    } finally {
      if (actuel != null) {
        depots.deleteDeployment(actuel, true);
      }
      depots.deleteDeployment(ancien, true);
    }
  }

  @Test
  void entre_deux_decisions_la_tournee_verse_sans_faire_avancer_le_dossier() {
    Nir nir = assures.salarie();
    le(LocalDate.of(2026, 3, 10), 9);
    String reference = avis(nir, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 20));
    ProcessInstance pi = dossier(reference);
    le(LocalDate.of(2026, 3, 11), 10);
    attestation(reference, "2000", "455", false);
    jobs.duDossier(pi.getBusinessKey());
    prochainVersement(pi); // 25 March, the first payment: the dossier's process decides it
    assertThat(versementsDe(reference)).hasSize(1);
    assertThat(dossiers.findByReference(reference).orElseThrow().getProchaineEcheance()).isEqualTo(LocalDate.of(2026, 4, 8));

    // 8 April, an ordinary payment: made by the run alone, the dossier's process does not move.
    le(LocalDate.of(2026, 4, 8), 7);
    tournee.lancer();
    assertThat(versements(pi)).isWaitingAt(GATEWAY_ATTENTE_ECHEANCE);
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(versements(pi).getId()).count()).isZero();
    assertThat(versementsDe(reference))
        .extracting(VersementIj::getPeriodeDebut, VersementIj::getPeriodeFin, VersementIj::estVerse)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 24), true),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 4, 7), true));
    assertThat(banque.nombreDeVirements(reference + "/")).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from paiement where reference_dossier = ? and statut = 'PAYE'", Long.class, reference))
        .isEqualTo(2);
    assertThat(dossiers.findByReference(reference).orElseThrow().getProchaineEcheance()).isEqualTo(LocalDate.of(2026, 4, 21));
    // A second run the same day pays nothing more.
    tournee.lancer();
    assertThat(versementsDe(reference)).hasSize(2);
    assertThat(banque.nombreDeVirements(reference + "/")).isEqualTo(2);

    // 21 April, the last days: handed back to the dossier, which ends.
    prochainVersement(pi);
    assertThat(versements(pi)).isEnded().hasPassed(FIN_TERMINEE);
    assertThat(versementsDe(reference)).extracting(VersementIj::getPeriodeFin).last().isEqualTo(LocalDate.of(2026, 4, 20));
    // Three cycles in the dossier's process (the carence, the first payment, the last days), one by the run.
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(versements(pi).getId())
        .activityId(TACHE_CALCULER_VERSEMENT).count()).isEqualTo(3);
    assertThat(versementsDe(reference)).hasSize(3);
  }

  /** Moves the clock to the next payment day, runs the payment run, then what it handed to the dossier. */
  void prochainVersement(ProcessInstance pi) {
    le(dossiers.findByReference(pi.getBusinessKey()).orElseThrow().getProchaineEcheance(), 7);
    tournee.lancer();
    jobs.duDossier(pi.getBusinessKey());
  }

  String prolongation(Nir nir, String reference, LocalDate debut, LocalDate fin) {
    return arrets.recevoirAvis(
            new ArretTravailService.AvisRecu(nir.formate(), debut, fin, LocalDate.now(HORLOGE), true, reference, SIRET, false))
        .reference();
  }

  @Test
  void sans_attestation_un_rappel_part_a_5_jours_puis_l_agent_relance_a_15_jours() {
    Nir nir = assures.salarie();
    le(LocalDate.of(2026, 4, 1), 9);
    String reference = avis(nir, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31));
    ProcessInstance pi = dossier(reference);

    le(LocalDate.of(2026, 4, 6), 10);
    execute(job(BOUNDARY_RAPPEL, pi));
    execute(job(TACHE_ENVOYER_RAPPEL, pi));
    assertThat(pi).hasPassed(FIN_RAPPEL_ENVOYE).isWaitingAt(TACHE_ATTENDRE_ATTESTATION);
    assertThat(employeur.envoisPour(reference)).hasSize(1);
    assertThat(dossiers.findByReference(reference).orElseThrow().getNombreRappelsEmployeur()).isEqualTo(1);

    le(LocalDate.of(2026, 4, 16), 10);
    execute(job(BOUNDARY_ATTESTATION_NON_RECUE, pi));
    assertThat(pi).isWaitingAt(TACHE_RELANCER_EMPLOYEUR);
    assertThat(task(pi)).hasCandidateGroup("prestations-especes").hasDueDate(
        Date.from(LocalDate.of(2026, 4, 19).atTime(10, 0).atZone(Fuseau.PARIS).toInstant()));
    complete(task(pi), withVariables(VAR_SUITE_RELANCE, "attendre", "commentaireRelance", "Le service paie envoie l'attestation demain."));
    assertThat(pi).isWaitingAt(TACHE_ATTENDRE_ATTESTATION);

    le(LocalDate.of(2026, 5, 1), 10);
    execute(job(BOUNDARY_ATTESTATION_NON_RECUE, pi));
    assertThat(pi).isWaitingAt(TACHE_RELANCER_EMPLOYEUR);
    attestation(reference, "2000", "455", false);
    assertThat(pi).hasPassed(BOUNDARY_ATTESTATION_PENDANT_RELANCE);
    jobs.duDossier(pi.getBusinessKey());
    assertThat(versements(pi)).isWaitingAt(GATEWAY_ATTENTE_ECHEANCE);
    // Everything due since the 4th of April is paid at once when the attestation arrives late.
    assertThat(versementsDe(reference)).extracting(VersementIj::getJours).containsExactly(27);
  }

  @Test
  void un_formulaire_de_relance_incomplet_est_refuse_avec_un_message_en_francais() {
    Nir nir = assures.salarie();
    le(LocalDate.of(2026, 4, 1), 9);
    ProcessInstance pi = dossier(avis(nir, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
    le(LocalDate.of(2026, 4, 16), 10);
    execute(job(BOUNDARY_ATTESTATION_NON_RECUE, pi));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> complete(task(pi), withVariables(VAR_SUITE_RELANCE, "attendre", "commentaireRelance", " ")))
        .isInstanceOf(fr.cpam.demarches.engine.FormulaireInvalideException.class)
        .hasMessage("Le formulaire contient une erreur : Résumez l'échange avec l'employeur.");
    assertThat(pi).isWaitingAt(TACHE_RELANCER_EMPLOYEUR);
    // Through the engine REST API that Tasklist uses: 400 with the French message, the task stays open.
    var reponse =
        http.en("agent.prestations")
            .post("/engine-rest/task/" + task(pi).getId() + "/complete",
                "{\"variables\": {\"suiteRelance\": {\"value\": \"plus tard\"}, \"commentaireRelance\": {\"value\": \"Appel\"}}}");
    assertThat(reponse.statut()).as(reponse.corps()).isEqualTo(400);
    assertThat(reponse.corps()).contains("La valeur « plus tard » n'est pas possible pour le champ « suiteRelance » : choisissez parmi attendre, classer.");
    assertThat(pi).isWaitingAt(TACHE_RELANCER_EMPLOYEUR);
  }

  @Test
  void une_relance_sans_suite_classe_le_dossier_et_une_attestation_tardive_le_rouvre() {
    Nir nir = assures.salarie();
    le(LocalDate.of(2026, 4, 1), 9);
    String reference = avis(nir, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 10));
    ProcessInstance pi = dossier(reference);
    le(LocalDate.of(2026, 4, 16), 10);
    execute(job(BOUNDARY_ATTESTATION_NON_RECUE, pi));
    complete(task(pi), withVariables(VAR_SUITE_RELANCE, "classer", "commentaireRelance", "Entreprise en liquidation, injoignable."));
    assertThat(pi).isEnded().hasPassed(FIN_CLASSE);
    assertThat(dossiers.findByReference(reference).orElseThrow().getStatut()).isEqualTo(StatutArret.CLASSE_SANS_ATTESTATION);
    assertThat(titresNotifies(nir, reference)).contains("Arrêt de travail : dossier classé");

    le(LocalDate.of(2026, 4, 20), 10);
    attestation(reference, "2000", "455", false);
    ProcessInstance rouvert = dossier(reference);
    jobs.duDossier(reference);
    assertThat(rouvert).isWaitingAt(APPEL_VERSER_INDEMNITES);
    assertThat(versements(rouvert)).isWaitingAt(GATEWAY_ATTENTE_ECHEANCE);
    // Days 4 to 19 April are due at once.
    assertThat(versementsDe(reference)).extracting(VersementIj::getJours).containsExactly(16);
  }

  @Test
  void une_attestation_contradictoire_est_verifiee_par_un_agent_qui_en_demande_une_nouvelle_puis_confirme() {
    Nir nir = assures.salarie();
    le(LocalDate.of(2026, 4, 1), 9);
    String reference = avis(nir, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 20));
    ProcessInstance pi = dossier(reference);
    attestation(reference, "2000", "455", false, AUTRE_SIRET, null);
    jobs.duDossier(pi.getBusinessKey());
    assertThat(pi).isWaitingAt(TACHE_VERIFIER_ATTESTATION);
    assertThat(task(pi)).hasCandidateGroup("prestations-especes");
    assertThat((String) runtimeService.getVariable(pi.getId(), VAR_MOTIF_VERIFICATION)).contains("SIRET");
    assertThat(dossiers.findByReference(reference).orElseThrow().getStatut()).isEqualTo(StatutArret.VERIFICATION_ATTESTATION);

    complete(task(pi), withVariables(VAR_DECISION_ATTESTATION, "nouvelle-attestation", "commentaireVerification", "SIRET de la maison mère."));
    // The agent's decision ends the request; what follows runs as a job (asyncAfter).
    execute(job(TACHE_VERIFIER_ATTESTATION, pi));
    execute(job(TACHE_DEMANDER_NOUVELLE_ATTESTATION, pi));
    assertThat(pi).isWaitingAt(TACHE_ATTENDRE_ATTESTATION);
    assertThat(employeur.envoisPour(reference)).singleElement().extracting(EmployeurSimule.Envoi::objet).asString().contains("SIRET");

    attestation(reference, "2000", "455", false, SIRET, LocalDate.of(2026, 4, 1));
    jobs.duDossier(pi.getBusinessKey());
    assertThat(pi).isWaitingAt(TACHE_VERIFIER_ATTESTATION);
    assertThat((String) runtimeService.getVariable(pi.getId(), VAR_MOTIF_VERIFICATION)).contains("jour travaillé");
    complete(task(pi), withVariables(VAR_DECISION_ATTESTATION, "confirmer", "commentaireVerification", "Demi-journée travaillée le 1er avril, confirmé."));
    execute(job(TACHE_VERIFIER_ATTESTATION, pi));
    assertThat(versements(pi)).isWaitingAt(GATEWAY_ATTENTE_ECHEANCE);
    assertThat(dossiers.findByReference(reference).orElseThrow().getMontantJournalier()).isEqualByComparingTo("32.88");
  }

  @Test
  void sans_150_heures_ni_cotisations_suffisantes_le_dossier_se_termine_avec_le_motif() {
    Nir nir = assures.salarie();
    le(LocalDate.of(2026, 4, 1), 9);
    String reference = avis(nir, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 20));
    ProcessInstance pi = dossier(reference);
    BigDecimal s = new BigDecimal("500");
    arrets.recevoirAttestation(new ArretTravailService.AttestationRecue(
        reference, List.of(s, s, s), new BigDecimal("100"), false, null, null, new BigDecimal("3000"), null, null));
    jobs.duDossier(pi.getBusinessKey());
    assertThat(versements(pi)).isEnded().hasPassed(FIN_DROITS_NON_OUVERTS).hasNotPassed(TACHE_OBTENIR_CHIFFRE);
    ArretTravail arret = dossiers.findByReference(reference).orElseThrow();
    assertThat(arret.getStatut()).isEqualTo(StatutArret.DROITS_NON_OUVERTS);
    assertThat(arret.getMotifFin()).contains("Moins de 150 heures");
    assertThat(notifications.de(nir.identifiant(), PageRequest.of(0, 10)).getContent().get(0).texte())
        .contains("ne sont pas ouverts").contains("Moins de 150 heures").contains("Commission de recours amiable");
  }

  @Test
  void arret_long_prolonge_avis_defavorable_puis_reprise_anticipee_paye_tous_les_14_jours_a_l_employeur() {
    Nir nir = assures.salarie();
    le(LocalDate.of(2026, 1, 5), 9);
    String reference = avis(nir, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 13));
    ProcessInstance pi = dossier(reference);
    le(LocalDate.of(2026, 1, 6), 10);
    attestation(reference, "2000", "455", true);
    jobs.duDossier(pi.getBusinessKey());
    assertThat(versements(pi)).isWaitingAt(GATEWAY_ATTENTE_ECHEANCE);

    prochainVersement(pi); // 20 January: 8 to 19 January
    prochainVersement(pi); // 3 February: 20 January to 2 February

    le(LocalDate.of(2026, 2, 10), 9);
    assertThat(prolongation(nir, reference, LocalDate.of(2026, 2, 14), LocalDate.of(2026, 3, 31))).isEqualTo(reference);
    assertThat(versements(pi)).hasPassed(EVENT_ARRET_MODIFIE).isWaitingAt(GATEWAY_ATTENTE_ECHEANCE);
    assertThat(runtimeService.getVariable(pi.getId(), VAR_DATE_FIN)).as("shown to the agents as a French date").isEqualTo("31/03/2026");

    prochainVersement(pi); // 17 February: 86 days in all → the service médical is asked
    assertThat(versements(pi)).isWaitingAt(TACHE_DONNER_AVIS_MEDICAL, GATEWAY_ATTENTE_ECHEANCE);
    assertThat(task(versements(pi))).hasCandidateGroup("service-medical");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> complete(task(versements(pi)), withVariables(VAR_AVIS_MEDICAL, "defavorable", "commentaireAvis", "Consolidation.")))
        .hasMessageContaining("Indiquez la date");
    complete(task(versements(pi)), withVariables(VAR_AVIS_MEDICAL, "defavorable", VAR_DATE_EFFET_AVIS, "2026-03-10", "commentaireAvis", "Consolidation."));
    assertThat(versements(pi)).hasPassed(FIN_AVIS_DEFAVORABLE);
    assertThat(titresNotifies(nir, reference)).contains("Arrêt de travail : avis du service médical");

    prochainVersement(pi); // 3 March: 17 February to 2 March

    le(LocalDate.of(2026, 3, 5), 9);
    arrets.enregistrerReprise(reference, LocalDate.of(2026, 3, 6));
    assertThat(versements(pi)).isWaitingAt(GATEWAY_ATTENTE_ECHEANCE);
    assertThat(dossiers.findByReference(reference).orElseThrow().getProchaineEcheance()).isEqualTo(LocalDate.of(2026, 3, 6));

    prochainVersement(pi); // 6 March: 3 to 5 March, the last one
    assertThat(versements(pi)).isEnded().hasPassed(FIN_TERMINEE);
    assertThat(versementsDe(reference))
        .extracting(VersementIj::getPeriodeDebut, VersementIj::getPeriodeFin, VersementIj::getJours)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 19), 12),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 2), 14),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 16), 14),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 3, 2), 14),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 5), 3));
    assertThat(versementsDe(reference)).allMatch(v -> v.getPayeA() == fr.cpam.demarches.paiements.PayeA.EMPLOYEUR && v.estVerse());
    // The prolongation kept the carence of the dossier: the first indemnified day stays 8 January.
    assertThat(dossiers.findByReference(reference).orElseThrow().getCarenceJours()).isEqualTo(3);
  }

  @Test
  void avis_favorable_et_reprise_signalee_apres_coup_declenchent_le_dernier_versement_aussitot() {
    Nir nir = assures.salarie();
    le(LocalDate.of(2026, 5, 4), 9);
    String reference = avis(nir, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 7, 31));
    ProcessInstance pi = dossier(reference);
    attestation(reference, "2000", "455", false);
    jobs.duDossier(pi.getBusinessKey());
    assertThat(versements(pi)).isWaitingAt(TACHE_DONNER_AVIS_MEDICAL, GATEWAY_ATTENTE_ECHEANCE);
    complete(task(versements(pi)), withVariables(VAR_AVIS_MEDICAL, "favorable", "commentaireAvis", "Arrêt justifié."));
    assertThat(versements(pi)).hasPassed(FIN_AVIS_FAVORABLE);

    prochainVersement(pi); // 18 May: 7 to 17 May
    le(LocalDate.of(2026, 5, 25), 9);
    arrets.enregistrerReprise(reference, LocalDate.of(2026, 5, 22));
    jobs.duDossier(pi.getBusinessKey());
    assertThat(versements(pi)).isEnded().hasPassed(FIN_TERMINEE);
    assertThat(versementsDe(reference)).extracting(VersementIj::getJours).containsExactly(11, 4);
  }

  @Test
  void un_virement_en_echec_est_reessaye_puis_devient_un_incident_et_n_est_jamais_paye_deux_fois(
      org.springframework.boot.test.system.CapturedOutput sortie) {
    Nir nir = assures.salarie();
    le(LocalDate.of(2026, 6, 1), 9);
    String reference = avis(nir, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 12));
    ProcessInstance pi = dossier(reference);
    attestation(reference, "2000", "455", false);
    jobs.duDossier(pi.getBusinessKey());
    le(LocalDate.of(2026, 6, 13), 7);
    tournee.lancer();
    execute(job(EVENT_ECHEANCE, versements(pi)));
    assertThat(versements(pi)).isWaitingAt(TACHE_EFFECTUER_VIREMENT);

    banque.echouerProchainsVirements(10);
    var management = processEngine.getManagementService();
    Job virement = management.createJobQuery().processInstanceId(versements(pi).getId()).activityId(TACHE_EFFECTUER_VIREMENT).singleResult();
    for (int i = 0; i < 3; i++) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(virement.getId()))
          .hasMessageContaining("La banque n'a pas pu exécuter");
      // The model's retry cycle (R3/PT5M): the next try five minutes later, not at once.
      assertThat(management.createJobQuery().jobId(virement.getId()).singleResult().getDuedate())
          .isCloseTo(new Date(HorlogeDeTest.maintenant().toEpochMilli() + 5 * 60_000), 1_000);
    }
    assertThat(management.createJobQuery().jobId(virement.getId()).singleResult().getRetries()).isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(versements(pi).getId()).count()).isEqualTo(1);
    // Each refusal is one WARN line with the dossier's reference: no stack trace, nothing at ERROR.
    assertThat(sortie.getOut().lines().filter(l -> l.contains("Dossier " + reference + " : la banque n'a pas exécuté")))
        .hasSize(3).allMatch(l -> l.contains(" WARN "));
    assertThat(sortie.getOut()).doesNotContain("VirementImpossibleException").doesNotContain("ENGINE-16004");
    assertThat(versementsDe(reference)).allMatch(v -> !v.estVerse());

    // The bank is back: an operator retries from Cockpit.
    banque.echouerProchainsVirements(0);
    management.setJobRetries(virement.getId(), 1);
    management.executeJob(virement.getId());
    jobs.duDossier(pi.getBusinessKey());
    assertThat(pi).isEnded();
    assertThat(banque.nombreDeVirements(reference + "/")).isEqualTo(1);
    VersementIj verse = versementsDe(reference).get(0);
    // Asked again with the same key, the bank answers the same transfer and pays nothing more.
    assertThat(banque.virer(verse.getCleIdempotence(), verse.getMontantNet(), "x", "x")).isEqualTo(verse.getReferenceVirement());
    assertThat(banque.nombreDeVirements(reference + "/")).isEqualTo(1);
    // And the database refuses a second payment of the same period.
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> versements.saveAndFlush(
                new VersementIj(dossiers.findByReference(reference).orElseThrow(), verse.getPeriodeDebut(), verse.getPeriodeFin(),
                    verse.getMontantJournalier(), new CalculIndemnites.MontantPeriode(1, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE), HorlogeDeTest.HORLOGE)))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
  }

  @Test
  void sans_150_heures_le_total_de_6_mois_absent_est_demande_a_l_employeur_et_saisi_par_l_agent_jamais_remplace() {
    Nir nir = assures.salarie();
    le(LocalDate.of(2026, 4, 1), 9);
    String reference = avis(nir, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 20));
    ProcessInstance pi = dossier(reference);
    // 100 hours, 3 × 500 € and no 6-month total: 1 500 € for 3 months would be 125 SMIC hours, a refusal
    // if it stood in for the 6 months; it does not.
    attestation(reference, "500", "100", false);
    jobs.duDossier(pi.getBusinessKey());

    assertThat(versements(pi)).isWaitingAt(TACHE_OBTENIR_CHIFFRE).hasNotPassed(FIN_DROITS_NON_OUVERTS);
    assertThat(task(versements(pi))).hasCandidateGroup("prestations-especes");
    assertThat((String) runtimeService.getVariable(versements(pi).getId(), VAR_MOTIF_DROITS))
        .startsWith("Chiffre manquant : le total des salaires bruts des 6 mois précédant l'arrêt");
    assertThat(employeur.envoisPour(reference)).extracting(EmployeurSimule.Envoi::objet)
        .anySatisfy(o -> assertThat(o).contains("attestation de salaire incomplète").contains("total des salaires bruts des 6 mois"));

    String tache = task(versements(pi)).getId();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(tache, withVariables("commentaireChiffre", "Appel.")))
        .hasMessageContaining("Indiquez le total des salaires bruts des 6 mois");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(tache,
            withVariables(VAR_SALAIRES_SIX_MOIS, 1000, "commentaireChiffre", "Appel.")))
        .hasMessageContaining("ne peut pas être inférieur à celui des 3 derniers mois");
    complete(task(versements(pi)), withVariables(VAR_SALAIRES_SIX_MOIS, 13000.5, "commentaireChiffre", "Appel du service paie, le 3 avril."));

    // 13 000.50 ÷ 12.02 = 1 081 SMIC hours ≥ 1 015: the rights are open.
    assertThat(versements(pi)).hasPassed(TACHE_OBTENIR_CHIFFRE).isWaitingAt(GATEWAY_ATTENTE_ECHEANCE);
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(versements(pi).getId())
        .activityId(TACHE_VERIFIER_DROITS).count()).as("la décision reprise avec le chiffre saisi").isEqualTo(2);
    assertThat(runtimeService.getVariable(versements(pi).getId(), VAR_DROITS_OUVERTS)).isEqualTo(true);
    assertThat((String) runtimeService.getVariable(versements(pi).getId(), VAR_MOTIF_DROITS)).contains("1 015");
  }

  @Test
  void au_dela_de_6_mois_sans_les_conditions_de_12_mois_les_indemnites_cessent_au_6e_mois() {
    Nir nir = assures.salarie();
    le(LocalDate.of(2026, 1, 5), 9);
    String reference = avis(nir, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 9, 30));
    ProcessInstance pi = dossier(reference);
    attestation(reference, "2000", "455", false);
    jobs.duDossier(pi.getBusinessKey());
    complete(task(versements(pi)), withVariables(VAR_AVIS_MEDICAL, "favorable", "commentaireAvis", "Arrêt justifié."));
    for (int i = 0; i < 20 && !dossierTermine(pi) && !runtimeService.getActiveActivityIds(versements(pi).getId()).contains(TACHE_OBTENIR_CHIFFRE); i++) {
      prochainVersement(pi);
    }
    // The attestation has no 12-month figure: asked for at the 6th month, then typed by the agent.
    assertThat(versements(pi)).isWaitingAt(TACHE_OBTENIR_CHIFFRE);
    assertThat((String) runtimeService.getVariable(versements(pi).getId(), VAR_MOTIF_DROITS))
        .contains("les heures travaillées et le total des salaires bruts des 12 mois");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(task(versements(pi)).getId(),
            withVariables(VAR_HEURES_DOUZE_MOIS_SAISIES, 500, "commentaireChiffre", "DSN.")))
        .hasMessageContaining("Indiquez le total des salaires bruts des 12 mois");
    complete(task(versements(pi)), withVariables(VAR_HEURES_DOUZE_MOIS_SAISIES, 500, VAR_SALAIRES_DOUZE_MOIS, "20000",
        "commentaireChiffre", "DSN de l'employeur."));
    assertThat(versements(pi)).isEnded().hasPassed(FIN_DROITS_NON_OUVERTS);
    // Paid up to the last day of the 6th month (4 July), not after.
    assertThat(versementsDe(reference).get(versementsDe(reference).size() - 1).getPeriodeFin()).isEqualTo(LocalDate.of(2026, 7, 4));
    assertThat(dossiers.findByReference(reference).orElseThrow().getMotifFin()).contains("Au-delà de 6 mois");
  }

  /** An arrêt from 5 January to 30 September 2026 whose attestation gives the 12-month figures (1 600 h, 24 000 €). */
  ProcessInstance arretDeNeufMoisAvecLesChiffresDeDouzeMois(Nir nir) {
    le(LocalDate.of(2026, 1, 5), 9);
    String reference = avis(nir, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 9, 30));
    BigDecimal s = new BigDecimal("2000");
    arrets.recevoirAttestation(new ArretTravailService.AttestationRecue(reference, List.of(s, s, s), new BigDecimal("455"), false,
        null, null, new BigDecimal("12000"), new BigDecimal("1600"), new BigDecimal("24000")));
    ProcessInstance pi = dossier(reference);
    jobs.duDossier(pi.getBusinessKey());
    complete(task(versements(pi)), withVariables(VAR_AVIS_MEDICAL, "favorable", "commentaireAvis", "Arrêt justifié."));
    return pi;
  }

  void jusquALaFin(ProcessInstance pi) {
    for (int i = 0; i < 25 && !dossierTermine(pi); i++) {
      prochainVersement(pi);
    }
  }

  @Test
  void affilie_depuis_11_mois_seulement_les_indemnites_cessent_au_6e_mois_malgre_ses_heures_et_sa_date_de_naissance() {
    // Born in 1980, but an insured person only since 5 February 2025: 11 months at the arrêt.
    Nir nir = assures.salarie("691", LocalDate.of(2025, 2, 5));
    ProcessInstance pi = arretDeNeufMoisAvecLesChiffresDeDouzeMois(nir);
    jusquALaFin(pi);

    String reference = pi.getBusinessKey();
    assertThat(versements(pi)).isEnded().hasPassed(FIN_DROITS_NON_OUVERTS);
    assertThat(versementsDe(reference).get(versementsDe(reference).size() - 1).getPeriodeFin()).isEqualTo(LocalDate.of(2026, 7, 4));
    assertThat(dossiers.findByReference(reference).orElseThrow().getMotifFin()).contains("immatriculé depuis au moins 12 mois");
  }

  @Test
  void affilie_depuis_12_mois_avec_600_heures_en_12_mois_les_indemnites_continuent_apres_le_6e_mois() {
    Nir nir = assures.salarie("691", LocalDate.of(2025, 1, 5));
    ProcessInstance pi = arretDeNeufMoisAvecLesChiffresDeDouzeMois(nir);
    jusquALaFin(pi);

    String reference = pi.getBusinessKey();
    assertThat(versements(pi)).isEnded().hasPassed(FIN_TERMINEE);
    assertThat(versementsDe(reference).get(versementsDe(reference).size() - 1).getPeriodeFin()).isEqualTo(LocalDate.of(2026, 9, 30));
  }

  @Test
  void date_d_affiliation_inconnue_le_6e_mois_attend_un_agent_sans_autre_date_a_sa_place() {
    Nir nir = assures.salarie("691", null);
    ProcessInstance pi = arretDeNeufMoisAvecLesChiffresDeDouzeMois(nir);
    String reference = pi.getBusinessKey();
    var gestion = processEngine.getManagementService();
    org.camunda.bpm.engine.runtime.Job enEchec = null;
    for (int i = 0; i < 25 && enEchec == null; i++) {
      try {
        prochainVersement(pi);
      } catch (RuntimeException attendu) {
        enEchec = gestion.createJobQuery().processInstanceId(versements(pi).getId()).withException().singleResult();
      }
    }

    // Paid up to the 6th month; the cycle that decides beyond it fails and names what is missing.
    assertThat(enEchec).isNotNull();
    assertThat(enEchec.getExceptionMessage()).contains("date d'affiliation de l'assuré est inconnue");
    assertThat(versementsDe(reference).get(versementsDe(reference).size() - 1).getPeriodeFin()).isEqualTo(LocalDate.of(2026, 7, 4));

    comptes.affilier(nir, LocalDate.of(2010, 9, 1));
    gestion.executeJob(enEchec.getId());
    jobs.duDossier(pi.getBusinessKey());
    jusquALaFin(pi);
    assertThat(versements(pi)).isEnded().hasPassed(FIN_TERMINEE);
  }

  boolean dossierTermine(ProcessInstance pi) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(pi.getBusinessKey()).count() == 0;
  }
}
