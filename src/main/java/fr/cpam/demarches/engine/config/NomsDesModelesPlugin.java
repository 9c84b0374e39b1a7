package fr.cpam.demarches.engine.config;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.UrlResource;
import org.springframework.stereotype.Component;

/**
 * Names each deployed model after its place in {@code processes/} ({@code processes/X.bpmn}),
 * the same in the IDE, with {@code mvn spring-boot:run} and in the packaged jar. Left alone, the
 * starter names a model by its absolute file path when it is a file and by its bare file name
 * inside a jar: Cockpit would show machine paths, and a model would count as changed (a new
 * version) when the same database is used from another folder or from the jar.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class NomsDesModelesPlugin extends AbstractCamundaConfiguration {

  static final String DOSSIER = "processes/";

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    Resource[] ressources = configuration.getDeploymentResources();
    if (ressources == null) {
      return;
    }
    configuration.setDeploymentResources(
        Arrays.stream(ressources).map(NomsDesModelesPlugin::nommer).toArray(Resource[]::new));
  }

  private static Resource nommer(Resource ressource) {
    try {
      URL url = ressource.getURL();
      String adresse = url.toString();
      int debut = adresse.lastIndexOf("/" + DOSSIER);
      return debut < 0 ? ressource : new Modele(url, adresse.substring(debut + 1));
    } catch (IOException e) {
      return ressource;
    }
  }

  /** A model found on the classpath, known to the engine by its path under processes/. */
  static final class Modele extends UrlResource implements ContextResource {
    private final String nom;

    Modele(URL url, String nom) {
      super(url);
      this.nom = nom;
    }

    @Override
    public String getPathWithinContext() {
      return nom;
    }

    @Override
    public boolean equals(Object autre) {
      return autre instanceof Modele m && m.nom.equals(nom) && super.equals(autre);
    }

    @Override
    public int hashCode() {
      return nom.hashCode();
    }
  }
}
