package fr.cpam.demarches.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.DemarchesCpamApplication;
import fr.cpam.demarches.notification.NotificationService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * The embedded default as a user lives it: start on an H2 file, stop, start again. The data is
 * still there, every model of processes/ is deployed, and the second start deploys nothing new
 * and duplicates no group, authorization or filter. The first start is the packaged jar's
 * (no demo profile: no demo account); the second adds the demo accounts.
 */
@Tag("isole")
class RedemarrageIntTest {

  @TempDir Path dossier;

  record Etat(
      long deploiements,
      Map<String, Integer> versions,
      List<String> ressources,
      long autorisations,
      long filtres,
      long utilisateurs,
      long groupes) {}

  private ConfigurableApplicationContext demarrer(String... profils) {
    // Command-line arguments, not default properties: those have the lowest precedence, so
    // application-test.yml would put this application on the in-memory database of the other
    // tests and application.yml on port 8080.
    return new SpringApplicationBuilder(DemarchesCpamApplication.class)
        .profiles(profils)
        .run(
            "--spring.datasource.url=jdbc:h2:file:" + dossier.resolve("demarches") + ";DB_CLOSE_ON_EXIT=FALSE",
            "--server.port=0",
            // Its own engine name: closing this application must not unregister the engine
            // "default" of another test context from Camunda's static registry.
            "--camunda.bpm.process-engine-name=redemarrage",
            "--spring.main.banner-mode=off");
  }

  private static Etat etat(ConfigurableApplicationContext contexte) {
    ProcessEngine moteur = contexte.getBean(ProcessEngine.class);
    var depot = moteur.getRepositoryService();
    Map<String, Integer> versions =
        depot.createProcessDefinitionQuery().list().stream()
            .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getVersion, Math::max, TreeMap::new));
    List<String> ressources =
        depot.createDeploymentQuery().list().stream()
            .map(Deployment::getId)
            .flatMap(id -> depot.getDeploymentResourceNames(id).stream())
            .distinct()
            .sorted()
            .toList();
    return new Etat(
        depot.createDeploymentQuery().count(),
        versions,
        ressources,
        // Rights of groups: those of users come with the users (each may edit their own profile).
        moteur.getAuthorizationService().createAuthorizationQuery()
            .groupIdIn(fr.cpam.demarches.engine.Groupes.TOUS.stream().map(g -> g[0]).toArray(String[]::new))
            .count(),
        moteur.getFilterService().createFilterQuery().count(),
        moteur.getIdentityService().createUserQuery().count(),
        moteur.getIdentityService().createGroupQuery().count());
  }

  static List<String> modeles() throws IOException {
    Path processes = Path.of("processes");
    try (Stream<Path> fichiers = Files.walk(processes)) {
      return fichiers
          .filter(Files::isRegularFile)
          .filter(f -> f.toString().matches(".*\\.(bpmn|dmn|form)$"))
          .map(f -> "processes/" + processes.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Test
  void un_redemarrage_garde_les_donnees_et_ne_deploie_rien_de_nouveau() throws IOException {
    List<String> modeles = modeles();
    assertThat(modeles).as("les modèles de processes/").isNotEmpty();

    Etat avant;
    try (ConfigurableApplicationContext premier = demarrer("test")) {
      avant = etat(premier);
      assertThat(avant.utilisateurs()).as("sans le profil demo, aucun compte de démonstration").isZero();
      premier.getBean(NotificationService.class).notifier("2850475112345", "TEST-REDEMARRAGE", "Avant l'arrêt", "Toujours là.");
    }
    assertThat(avant.ressources()).as("chaque modèle déployé sous son nom dans processes/").containsAll(modeles);
    assertThat(avant.versions().values()).containsOnly(1);

    try (ConfigurableApplicationContext second = demarrer("test", "demo")) {
      Etat apres = etat(second);
      // 3 citizens, 8 staff, 2 technical senders, 1 metrics scraper.
      assertThat(apres.utilisateurs()).as("comptes de démonstration").isEqualTo(14);
      assertThat(new Etat(apres.deploiements(), apres.versions(), apres.ressources(), apres.autorisations(),
              apres.filtres(), 0, apres.groupes()))
          .as("rien de redéployé ni de dupliqué")
          .isEqualTo(avant);
      assertThat(second.getBean(NotificationService.class).de("2850475112345", PageRequest.of(0, 100)))
          .filteredOn(n -> "TEST-REDEMARRAGE".equals(n.referenceDossier()))
          .hasSize(1);
    }
  }
}
