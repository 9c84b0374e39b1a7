package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.navigateur.Navigateur;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen starts a procedure from Tasklist's "Démarrer une démarche" and fills its first form
 * (a Camunda Form) in a real browser. The procedure is a small one of the tests
 * ({@code src/test/resources/navigateur/}), deployed here and removed afterwards, with each kind
 * of field the real procedures use; its start right is granted as {@code DroitsInitializer}
 * grants the real ones from {@code camunda:candidateStarterGroups}.
 */
@TestIntegration
class DemarcheTasklistNavigateurIntTest {

  static final String PROCESSUS = "EssaiNavigateur";

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired RepositoryService repositoryService;
  @Autowired AuthorizationService authorizationService;
  @Autowired HistoryService historyService;

  private String deploiement;
  private String droitDeDemarrer;

  @BeforeEach
  void deployerLaDemarcheDEssai() {
    deploiement =
        repositoryService.createDeployment()
            .name("essai-navigateur")
            .addClasspathResource("navigateur/EssaiNavigateur.bpmn")
            .addClasspathResource("navigateur/EssaiNavigateur.form")
            .deploy()
            .getId();
    Authorization droit = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    droit.setGroupId(Groupes.ASSURES);
    droit.setResource(Resources.PROCESS_DEFINITION);
    droit.setResourceId(PROCESSUS);
    droit.addPermission(Permissions.READ);
    droit.addPermission(Permissions.CREATE_INSTANCE);
    droitDeDemarrer = authorizationService.saveAuthorization(droit).getId();
  }

  @AfterEach
  void retirerLaDemarcheDEssai() {
    authorizationService.deleteAuthorization(droitDeDemarrer);
    repositoryService.deleteDeployment(deploiement, true);
  }

  @Test
  void claire_demarre_une_demarche_depuis_tasklist_et_remplit_son_premier_formulaire() {
    navigateur.connecterTasklist(Http.CLAIRE, Http.CLAIRE_CODE);

    navigateur.demarrerDemarche("Essai du navigateur");
    navigateur.capture("tasklist-demarrer-une-demarche");
    navigateur.commencer();
    navigateur.choisirFiltre("Mes tâches");
    navigateur.ouvrirTache("Remplir le formulaire d'essai");
    navigateur
        .choisir("Personne concernée", "Léa DUBOIS")
        .choisir("Motif", "Vol")
        .remplir("Commune", "Paris")
        .cocher("Je certifie sur l'honneur");
    navigateur.capture("tasklist-premier-formulaire");
    navigateur.valider();

    HistoricProcessInstance dossier =
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESSUS).singleResult();
    assertThat(dossier.getStartUserId()).as("démarrée par Claire").isEqualTo(Http.CLAIRE);
    assertThat(dossier.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(dossier.getId()).list())
        .extracting(HistoricVariableInstance::getName, HistoricVariableInstance::getValue)
        .contains(
            org.assertj.core.groups.Tuple.tuple("personne", "lea"),
            org.assertj.core.groups.Tuple.tuple("motif", "VOL"),
            org.assertj.core.groups.Tuple.tuple("commune", "Paris"),
            org.assertj.core.groups.Tuple.tuple("engagement", true));
    assertThat(navigateur.texte()).doesNotContain("Remplir le formulaire d'essai");
  }
}
