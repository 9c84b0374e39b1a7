package fr.cpam.demarches.commun;

import java.io.IOException;
import java.util.List;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertySourceFactory;

/**
 * Lets a module keep its own settings in a YAML file of its own ({@code @PropertySource(value =
 * "classpath:indemnites.yml", factory = YamlPropertySourceFactory.class)}): the values analysts
 * change live in one readable place, and {@code application.yml} or the environment still
 * override any of them (a {@code @PropertySource} has the lowest precedence).
 */
public class YamlPropertySourceFactory implements PropertySourceFactory {

  @Override
  public PropertySource<?> createPropertySource(String name, EncodedResource resource) throws IOException {
    String nom = name != null ? name : resource.getResource().getFilename();
    List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(nom, resource.getResource());
    if (sources.size() != 1) {
      throw new IllegalStateException("Un seul document YAML est attendu dans " + nom);
    }
    return sources.get(0);
  }
}
