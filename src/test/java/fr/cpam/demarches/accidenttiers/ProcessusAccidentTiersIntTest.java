package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiers;
import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiersRepository;
import fr.cpam.demarches.accidenttiers.interne.EnvoiCreance;
import fr.cpam.demarches.accidenttiers.interne.EnvoiCreanceRepository;
import fr.cpam.demarches.accidenttiers.interne.EtapeAccident;
import fr.cpam.demarches.accidenttiers.interne.LigneCreance;
import fr.cpam.demarches.accidenttiers.interne.LigneCreanceRepository;
import fr.cpam.demarches.cartevitale.ComptesDeTest;
import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.notification.NotificationVue;
import fr.cpam.demarches.notification.NotificationsDesDossiers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;

/**
 * What the process tests of AccidentTiers share: the engine, fresh families, the moves of the
 * victim (the start form as Tasklist submits it, her answer), of the recovery agent and of the
 * simulated payer, and the clock.
 */
@TestIntegration
@TestExecutionListeners(
    listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class ProcessusAccidentTiersIntTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  static final String AGENT = "agent.rct";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ComptesDeTest comptes;
  @Autowired JobsDus jobs;
  @Autowired DossierAccidentTiersRepository dossiers;
  @Autowired LigneCreanceRepository lignes;
  @Autowired EnvoiCreanceRepository envois;
  @Autowired NotificationsDesDossiers notifications;
  @Autowired AssureurSimule assureur;
  @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

  @BeforeEach
  void initialiserAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void remettreLHorloge() {
    identityService.clearAuthentication();
    assureur.reinitialiser();
  }

  /** The engine clock (timers, due dates, the rules' "today") on that day at that hour, Paris time. */
  static void le(LocalDate jour, int heure) {
    HorlogeDeTest.regler(jour.atTime(LocalTime.of(heure, 0)).atZone(Fuseau.PARIS));
  }

  /** The victim submits the start form, as Tasklist does; returns the dossier's reference. */
  String declarer(String victime, Map<String, Object> formulaire) {
    String definition = processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CLE)
        .latestVersion().singleResult().getId();
    ProcessInstance pi = enTantQue(victime, List.of(Groupes.ASSURES),
        () -> processEngine.getFormService().submitStartForm(definition, formulaire));
    return pi.getBusinessKey();
  }

  /** A road accident yesterday, the third party and its insurer known, no arrêt de travail. */
  static Map<String, Object> accidentDeLaRoute() {
    Map<String, Object> v = new HashMap<>();
    v.put(BLESSE, "vous");
    v.put(DATE_ACCIDENT, LocalDate.now(HORLOGE).minusDays(1).toString());
    v.put(LIEU, "Carrefour de la rue de Rennes, Nantes");
    v.put(NATURE, "circulation");
    v.put(CIRCONSTANCES, "Une voiture a grillé le feu rouge et m'a renversée sur le passage piéton.");
    v.put(TIERS_CONNU, "oui");
    v.put(TIERS_IDENTITE, "M. Jean Martin, véhicule AB-123-CD");
    v.put(ASSUREUR_NOM, "Assurances du Littoral");
    v.put(ASSUREUR_CONTRAT, "AL-778899");
    v.put(PV_OU_PLAINTE, "oui");
    v.put(PV_REFERENCE, "PV 2026/4411");
    v.put(URGENCES, true);
    v.put(HOSPITALISATION, false);
    v.put(ARRET_TRAVAIL, false);
    v.put(SOINS_EN_COURS, true);
    v.put(COMPLEMENTAIRE, "Mutuelle des Pays de Loire");
    return v;
  }

  /** The answers of "Chiffrer la créance": the decision, then a line of care costs per "nature|date|montant". */
  static Object[] chiffrage(String decision, String... lignes) {
    List<Object> reponses = new java.util.ArrayList<>(List.of(DECISION_CHIFFRAGE, decision));
    for (int i = 0; i < lignes.length; i++) {
      String[] champs = lignes[i].split("\\|", -1);
      reponses.addAll(List.of(fraisNature(i + 1), champs[0], fraisDate(i + 1), champs[1], fraisMontant(i + 1), champs[2]));
    }
    return reponses.toArray();
  }

  static Map<String, Object> avec(Map<String, Object> base, Object... clesValeurs) {
    Map<String, Object> v = new HashMap<>(base);
    for (int i = 0; i < clesValeurs.length; i += 2) {
      v.put((String) clesValeurs[i], clesValeurs[i + 1]);
    }
    return v;
  }

  <T> T enTantQue(String utilisateur, List<String> groupes, Supplier<T> action) {
    identityService.setAuthentication(utilisateur, groupes);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  void completerEnTantQue(String utilisateur, List<String> groupes, String reference, String tache, Map<String, Object> variables) {
    Task t = tache(reference, tache);
    enTantQue(utilisateur, groupes, () -> {
      taskService.complete(t.getId(), variables);
      return null;
    });
  }

  /** The recovery agent claims and completes the dossier's task. */
  void agent(String reference, String tache, Object... clesValeurs) {
    Task t = tache(reference, tache);
    enTantQue(AGENT, List.of(Groupes.RCT), () -> {
      taskService.claim(t.getId(), AGENT);
      taskService.complete(t.getId(), avec(Map.of(), clesValeurs));
      return null;
    });
  }

  void victime(String victime, String reference, Object... clesValeurs) {
    completerEnTantQue(victime, List.of(Groupes.ASSURES), reference, TACHE_COMPLETER, avec(Map.of(), clesValeurs));
  }

  Task tache(String reference, String cle) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(cle).singleResult();
  }

  ProcessInstance instance(String reference) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference, CLE).singleResult();
  }

  void executerJobsDus(String reference) {
    jobs.duDossier(reference);
  }

  DossierAccidentTiers dossier(String reference) {
    return transaction.execute(s -> {
      DossierAccidentTiers d = dossiers.findByReference(reference).orElseThrow();
      d.getEtapes().size();
      return d;
    });
  }

  List<StatutAccident> statuts(String reference) {
    return dossier(reference).getEtapes().stream().filter(e -> !e.isInterne()).map(EtapeAccident::getStatut).toList();
  }

  List<String> titresNotifications(String reference) {
    return notifications.titresDe(reference);
  }

  List<NotificationVue> notificationsDe(String reference) {
    return notifications.de(reference);
  }

  List<LigneCreance> lignesDe(String reference) {
    return transaction.execute(s -> lignes.deDossier(dossiers.findByReference(reference).orElseThrow()));
  }

  List<EnvoiCreance> envoisDe(String reference) {
    return transaction.execute(s -> envois.deDossier(dossiers.findByReference(reference).orElseThrow()));
  }

  /** The payer's answers due now are sent, then the jobs they make are run. */
  void lePayeurRepond(String reference) {
    assureur.transmettreReponsesEchues();
    executerJobsDus(reference);
  }

  /** A form refused by the server, with the message Tasklist shows. */
  static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> refusDuFormulaire(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
    return org.assertj.core.api.Assertions.assertThatThrownBy(action)
        .isInstanceOf(fr.cpam.demarches.engine.FormulaireInvalideException.class)
        .hasMessageStartingWith("Le formulaire contient");
  }
}
