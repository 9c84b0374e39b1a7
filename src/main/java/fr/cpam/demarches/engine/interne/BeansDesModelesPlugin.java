package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.commun.BeanDeProcessus;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine's expressions (models, decisions, scripts, Tasklist filters) resolve only the beans
 * marked {@link BeanDeProcessus}; left alone, the Spring engine resolves every bean of the
 * application, so that a model could call {@code ${compteService...}} or a datasource. Camunda's
 * documented way: the configuration's bean map ({@code beans}), which its {@code
 * SpringExpressionManager} and its script bindings read instead of the application context.
 *
 * <p>The list is read from the bean definitions (their annotations), without creating any bean;
 * a listed bean is created when an expression first names it, as before.
 * docs/decisions/0087-les-modeles-n-appellent-que-les-beans-listes.md
 */
@Component
class BeansDesModelesPlugin extends AbstractCamundaConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(BeansDesModelesPlugin.class);

  private final ConfigurableApplicationContext contexte;

  BeansDesModelesPlugin(ConfigurableApplicationContext contexte) {
    this.contexte = contexte;
  }

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    Map<Object, Object> beans = new BeansListes(contexte, listes(contexte));
    configuration.setBeans(beans);
    configuration.setExpressionManager(new SpringExpressionManager(contexte, beans));
    LOG.info("Beans que les modèles peuvent appeler : {}", beans.keySet().size());
  }

  /** The names of the beans whose class carries {@link BeanDeProcessus}. */
  static Set<String> listes(ConfigurableApplicationContext contexte) {
    var fabrique = contexte.getBeanFactory();
    return Arrays.stream(fabrique.getBeanDefinitionNames())
        .filter(nom -> fabrique.getBeanDefinition(nom) instanceof AnnotatedBeanDefinition d
            && d.getMetadata().isAnnotated(BeanDeProcessus.class.getName()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** A read-only map of the listed beans, each fetched from the context when an expression names it. */
  static final class BeansListes extends AbstractMap<Object, Object> {
    private final ConfigurableApplicationContext contexte;
    private final Set<String> noms;

    BeansListes(ConfigurableApplicationContext contexte, Set<String> noms) {
      this.contexte = contexte;
      this.noms = Set.copyOf(noms);
    }

    @Override
    public boolean containsKey(Object nom) {
      return noms.contains(nom);
    }

    @Override
    public Object get(Object nom) {
      return noms.contains(nom) ? contexte.getBean((String) nom) : null;
    }

    @Override
    public Set<Object> keySet() {
      return Set.copyOf(noms);
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
      return noms.stream()
          .map(nom -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(nom, contexte.getBean(nom)))
          .collect(Collectors.toSet());
    }
  }
}
