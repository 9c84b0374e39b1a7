package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.navigateur.Navigateur;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each role logs in to the webapps in a real browser and sees what it may, in French, and
 * nothing more. Pictures of the pages go to {@code target/captures/}.
 */
@TestIntegration
class ConnexionWebappsNavigateurIntTest {

  static final String FILTRE_MES_TACHES = "Mes tâches";

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired Citoyens citoyens;

  private final List<String> tachesCreees = new ArrayList<>();
  private final List<String> utilisateursCrees = new ArrayList<>();

  @AfterEach
  void nettoyer() {
    tachesCreees.forEach(id -> taskService.deleteTask(id, true));
    utilisateursCrees.forEach(identityService::deleteUser);
  }

  @Test
  void claire_entre_dans_tasklist_en_francais_et_ne_voit_que_ses_taches() {
    String sienne = tache("Envoyer la photo d'identité " + suffixe(), Http.CLAIRE, null);
    String deMarc = tache("Envoyer l'attestation de salaire " + suffixe(), Http.MARC, null);

    navigateur.ouvrir("/camunda/app/tasklist/default/#/login");
    navigateur.attendreTexte("votre numéro de sécurité sociale (13 chiffres, sans la clé de 2 chiffres)");
    navigateur.capture("connexion-tasklist");
    assertThat(navigateur.driver().findElement(org.openqa.selenium.By.cssSelector("input[type='text']")).getAttribute("placeholder"))
        .isEqualTo("Numéro de sécurité sociale (13 chiffres, sans la clé) ou identifiant agent");
    assertThat(navigateur.driver().findElement(org.openqa.selenium.By.cssSelector("input[type='password']")).getAttribute("placeholder"))
        .isEqualTo("Code personnel ou mot de passe");

    navigateur.connecterTasklist(Http.CLAIRE, Http.CLAIRE_CODE);
    navigateur.choisirFiltre(FILTRE_MES_TACHES);
    navigateur.attendreTexte(nom(sienne));
    navigateur.capture("tasklist-claire");

    assertThat(navigateur.langueDeLaPage()).isEqualTo("fr");
    assertThat(navigateur.titre()).isEqualTo("Démarches CPAM – Tâches");
    assertThat(navigateur.filtres()).containsExactly(FILTRE_MES_TACHES);
    assertThat(navigateur.taches()).contains(nom(sienne)).doesNotContain(nom(deMarc));
    assertThat(navigateur.texte())
        .contains("Démarrer une démarche", "Claire DUBOIS")
        .doesNotContain(nom(deMarc), "Créer une tâche", "Start process", "Tâches de mon service");
  }

  @Test
  void un_agent_voit_les_filtres_de_son_service_et_les_taches_de_son_service() {
    String duService = tache("Vérifier la déclaration " + suffixe(), null, Groupes.GESTION_DROITS);
    String dAutrui = tache("Calculer les indemnités " + suffixe(), null, Groupes.PRESTATIONS_ESPECES);

    navigateur.connecterTasklist("agent.droits", "demo");
    assertThat(navigateur.filtres()).containsExactly(FILTRE_MES_TACHES, "Tâches de mon service", "En retard", "À suivre");

    navigateur.choisirFiltre("Tâches de mon service");
    navigateur.attendreTexte(nom(duService));
    navigateur.capture("tasklist-agent-droits");
    assertThat(navigateur.taches()).contains(nom(duService)).doesNotContain(nom(dAutrui));
    assertThat(navigateur.texte()).doesNotContain("Créer une tâche");
  }

  @Test
  void un_analyste_n_entre_pas_dans_tasklist_mais_entre_dans_cockpit() {
    navigateur.saisirConnexion("tasklist", "analyste", "demo");
    assertThat(navigateur.messageDeConnexion()).contains("votre profil ne donne pas accès à Tâches (Tasklist)");
    navigateur.capture("tasklist-analyste-refuse");

    navigateur.connecter("cockpit", "analyste", "demo");
    navigateur.capture("cockpit-analyste");
    assertThat(navigateur.titre()).startsWith("Démarches CPAM – Cockpit");
    assertThat(navigateur.texte()).contains("Processus");
  }

  @Test
  void un_superviseur_entre_dans_tasklist_et_cockpit_mais_pas_dans_admin() {
    String priseParUnAgent = tache("Vérifier l'attestation de salaire " + suffixe(), "agent.prestations", Groupes.PRESTATIONS_ESPECES);
    String libre = tache("Vérifier la déclaration " + suffixe(), null, Groupes.GESTION_DROITS);
    navigateur.connecterTasklist("superviseur", "demo");
    assertThat(navigateur.filtres())
        .containsExactly(FILTRE_MES_TACHES, "Tâches de mon service", "Toutes les tâches des services", "En retard", "À suivre");
    navigateur.choisirFiltre("Toutes les tâches des services");
    navigateur.attendreTexte(nom(priseParUnAgent));
    navigateur.capture("tasklist-superviseur-toutes-les-taches");
    assertThat(navigateur.taches()).contains(nom(priseParUnAgent), nom(libre));
    navigateur.deconnecter();

    navigateur.connecter("cockpit", "superviseur", "demo");
    navigateur.deconnecter();

    navigateur.saisirConnexion("admin", "superviseur", "demo");
    assertThat(navigateur.messageDeConnexion()).contains("votre profil ne donne pas accès à Administration (Admin)");
  }

  @Test
  void l_administrateur_entre_dans_admin() {
    navigateur.connecter("admin", "admin", "demo");
    navigateur.attendreTexte("Utilisateurs");
    navigateur.capture("admin");
    assertThat(navigateur.titre()).startsWith("Démarches CPAM – Administration");
    assertThat(navigateur.texte()).contains("Utilisateurs", "Groupes", "Autorisations");
  }

  @Test
  void un_assure_bloque_15_minutes_apres_5_codes_errones_est_refuse_puis_entre_une_fois_debloque_par_l_administrateur() {
    String nir = nouvelAssure("1357");

    for (int essai = 1; essai <= 4; essai++) {
      navigateur.saisirConnexion("tasklist", nir, "0000");
      assertThat(navigateur.messageDeConnexion()).startsWith("Identifiant ou code incorrect.");
      avancerHorloge(); // past the growing delay between two tries
    }
    navigateur.saisirConnexion("tasklist", nir, "0000");
    assertThat(navigateur.messageDeConnexion()).contains("bloquée pendant 15 minutes");
    avancerHorloge();
    navigateur.saisirConnexion("tasklist", nir, "1357");
    assertThat(navigateur.messageDeConnexion())
        .contains("bloquée pendant 13 minutes", "« Code oublié »", "3646");
    navigateur.capture("tasklist-compte-bloque");

    navigateur.connecter("admin", "admin", "demo");
    navigateur.ouvrir("/camunda/app/admin/default/#/users/" + nir + "?tab=account");
    navigateur.cliquer("Débloquer l’utilisateur");
    navigateur.attendreTexte("débloqué");
    navigateur.capture("admin-deblocage");
    navigateur.deconnecter();

    navigateur.connecterTasklist(nir, "1357");
    assertThat(navigateur.filtres()).containsExactly(FILTRE_MES_TACHES);
  }

  private String tache(String nom, String attribueeA, String groupe) {
    Task tache = taskService.newTask();
    tache.setName(nom);
    tache.setAssignee(attribueeA);
    taskService.saveTask(tache);
    if (groupe != null) {
      taskService.addCandidateGroup(tache.getId(), groupe);
    }
    tachesCreees.add(tache.getId());
    return tache.getId();
  }

  private String nom(String tacheId) {
    return taskService.createTaskQuery().taskId(tacheId).singleResult().getName();
  }

  private String nouvelAssure(String code) {
    String nir = citoyens.utilisateurMoteur(code);
    utilisateursCrees.add(nir);
    return nir;
  }

  private static void avancerHorloge() {
    HorlogeDeTest.avancer(Duration.ofMinutes(2));
  }

  private static String suffixe() {
    return UUID.randomUUID().toString().substring(0, 6);
  }
}
