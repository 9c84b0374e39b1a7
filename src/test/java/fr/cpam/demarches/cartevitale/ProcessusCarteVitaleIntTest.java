package fr.cpam.demarches.cartevitale;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.cartevitale.interne.CarteVitaleRepository;
import fr.cpam.demarches.cartevitale.interne.DossierCarteVitale;
import fr.cpam.demarches.cartevitale.interne.DossierCarteVitaleRepository;
import fr.cpam.demarches.cartevitale.interne.OppositionCarteVitaleRepository;
import fr.cpam.demarches.cartevitale.interne.StatutDossierHistorique;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.notification.NotificationsDesDossiers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;

/**
 * What the carte Vitale process tests share: the engine, fresh families, and the moves a person
 * or the factory makes (start as the citizen, complete as an agent, let time pass, correlate an
 * answer, run the jobs that are due).
 */
@TestIntegration
@TestExecutionListeners(
    listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class ProcessusCarteVitaleIntTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired ComptesDeTest comptes;
  @Autowired DossierCarteVitaleRepository dossiers;
  @Autowired OppositionCarteVitaleRepository oppositions;
  @Autowired CarteVitaleRepository cartes;
  @Autowired NotificationsDesDossiers notifications;
  @Autowired FabriqueCartesSimulee fabrique;
  @Autowired JobsDus jobs;

  @BeforeEach
  void initialiserAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void remettreLHorloge() {
    identityService.clearAuthentication();
    fabrique.reinitialiser();
  }

  /** Starts a citizen procedure as that citizen (initiator, rights checked by the engine). */
  ProcessInstance demarrerEnTantQue(String assure, String processus) {
    return enTantQue(assure, List.of(Groupes.ASSURES), () -> runtimeService.startProcessInstanceByKey(processus));
  }

  void completerEnTantQue(String utilisateur, List<String> groupes, Task tache, Map<String, Object> variables) {
    enTantQue(utilisateur, groupes, () -> {
      taskService.complete(tache.getId(), variables);
      return null;
    });
  }

  void completerEnTantQueAssure(String assure, Task tache, Map<String, Object> variables) {
    completerEnTantQue(assure, List.of(Groupes.ASSURES), tache, variables);
  }

  void completerEnTantQueAgent(Task tache, Map<String, Object> variables) {
    completerEnTantQue("agent.droits", List.of(Groupes.GESTION_DROITS), tache, variables);
  }

  <T> T enTantQue(String utilisateur, List<String> groupes, java.util.function.Supplier<T> action) {
    identityService.setAuthentication(utilisateur, groupes);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The open task of that definition key in the dossier (its process or the called production). */
  Task tache(String reference, String cle) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(cle).singleResult();
  }

  void executerJobsDus(String reference) {
    jobs.duDossier(reference);
  }

  void avancer(java.time.Period periode) {
    HorlogeDeTest.depasser(periode);
  }

  void avancer(java.time.Duration duree) {
    HorlogeDeTest.depasser(duree);
  }

  /** The factory's answer, as it would come. */
  void correler(String message, String reference, Map<String, Object> variables) {
    runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(reference).setVariables(variables).correlate();
  }

  ProcessInstance instance(String reference, String processus) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).processDefinitionKey(processus).singleResult();
  }

  DossierCarteVitale dossier(String reference) {
    return dossiers.findByReference(reference).orElseThrow();
  }

  List<String> titresNotifications(String reference) {
    return notifications.titresDe(reference);
  }

  static Map<String, Object> declaration(String beneficiaire, String motif) {
    Map<String, Object> v = new HashMap<>();
    v.put(DemandesCarteVitaleProcess.BENEFICIAIRE, beneficiaire);
    v.put(DemandesCarteVitaleProcess.MOTIF, motif);
    v.put(DemandesCarteVitaleProcess.ADRESSE_LIGNE1, "3 place de la Mairie");
    v.put(DemandesCarteVitaleProcess.ADRESSE_CODE_POSTAL, "44000");
    v.put(DemandesCarteVitaleProcess.ADRESSE_COMMUNE, "NANTES");
    v.put(DemandesCarteVitaleProcess.ENGAGEMENT_RESTITUTION, true);
    return v;
  }

  static Map<String, Object> decision(String decision, String motifRefus) {
    Map<String, Object> v = new HashMap<>();
    v.put(DemandesCarteVitaleProcess.DECISION, decision);
    v.put(DemandesCarteVitaleProcess.MOTIF_REFUS, motifRefus);
    return v;
  }

  /** The smallest JPEG and PDF headers a type check accepts. */
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
  static final byte[] PDF = "%PDF-1.4\n%fin\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

  static Map<String, Object> pieces() {
    return Variables.createVariables()
        .putValueTyped(DemandesCarteVitaleProcess.PHOTO, Variables.fileValue("photo.jpg").file(JPEG).mimeType("image/jpeg").create())
        .putValueTyped(DemandesCarteVitaleProcess.PIECE_IDENTITE, Variables.fileValue("cni.pdf").file(PDF).mimeType("application/pdf").create());
  }

  /** The factory makes and ships the card; the delivery time passes. */
  void produireEtLivrer(String reference) {
    executerJobsDus(reference);
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutDossier.EN_FABRICATION);
    correler(ProductionCarteVitaleProcess.MESSAGE_CARTE_FABRIQUEE, reference, Map.of());
    executerJobsDus(reference);
    correler(ProductionCarteVitaleProcess.MESSAGE_CARTE_EXPEDIEE, reference,
        Map.of(ProductionCarteVitaleProcess.VAR_NUMERO_SUIVI, "1L00000000042"));
    executerJobsDus(reference);
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutDossier.CARTE_EXPEDIEE);
    avancer(java.time.Period.ofDays(7));
    executerJobsDus(reference);
  }

  /** A form refused by the server, with the message Tasklist shows. */
  static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> refusDuFormulaire(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
    return org.assertj.core.api.Assertions.assertThatThrownBy(action)
        .isInstanceOf(fr.cpam.demarches.engine.FormulaireInvalideException.class)
        .hasMessageStartingWith("Le formulaire contient");
  }

  static void assertStatuts(DossierCarteVitale dossier, StatutDossier... statuts) {
    assertThat(dossier.getHistorique()).extracting(StatutDossierHistorique::getStatut).containsExactly(statuts);
  }
}
