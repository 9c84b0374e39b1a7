package fr.cpam.demarches.engine.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine API behind Tasklist and Cockpit ({@code /camunda/api/engine}) asks Camunda's
 * {@link JacksonConfigurator} for its JSON mapper, which builds and configures a new
 * {@link ObjectMapper} at every call: every page of tasks then rebuilds the serializers of all its
 * types (a profile of "Tâches de mon service" spent a tenth of its time there, see
 * docs/decisions/0019-un-seul-objectmapper-pour-l-api-de-tasklist.md). {@link MapperPartage} gives
 * that API one mapper, configured once by the same
 * {@link JacksonConfigurator#configureObjectMapper}: the same JSON, its serializers built once.
 */
@Configuration(proxyBeanMethods = false)
class JacksonApiTasklist {

  /** The servlet the webapps starter registers for the engine API. */
  static final String SERVLET = "Engine Api";

  /**
   * The servlet is declared just before the webapps starter's initializer runs, with
   * {@link ApiTasklist} as its application; the starter then finds it and leaves it as it is
   * (it only declares a servlet that does not exist yet). Same class, same path
   * ({@code <application-path>/api/engine/*}) as the starter's.
   */
  @Bean
  static BeanPostProcessor mapperPartageDeLApiTasklist(ObjectProvider<CamundaBpmProperties> proprietes) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String nom) {
        if (bean instanceof CamundaBpmWebappInitializer starter) {
          return (ServletContextInitializer) contexte -> {
            if (contexte.getServletRegistration(SERVLET) == null) {
              ServletRegistration.Dynamic api = contexte.addServlet(SERVLET, ServletContainer.class);
              api.addMapping(proprietes.getObject().getWebapp().getApplicationPath() + "/api/engine/*");
              api.setInitParameter("jakarta.ws.rs.Application", ApiTasklist.class.getName());
            }
            starter.onStartup(contexte);
          };
        }
        return bean;
      }
    };
  }

  /**
   * Camunda's engine API application with {@link MapperPartage} instead of Camunda's
   * {@link JacksonConfigurator}, and the French answers to bad input ({@link ErreursApiMoteur}). Both resolvers declare JSON and HAL: registered side by side,
   * Jersey kept whichever its (hash-ordered) set of classes gave first, which changed from one
   * start to the next.
   */
  public static class ApiTasklist extends EngineRestApplication {
    @Override
    public Set<Class<?>> getClasses() {
      Set<Class<?>> classes = new HashSet<>(super.getClasses());
      classes.remove(JacksonConfigurator.class);
      classes.add(MapperPartage.class);
      classes.addAll(ErreursApiMoteur.CLASSES);
      return classes;
    }
  }

  /**
   * One configured mapper for JSON and HAL. Jackson mappers are thread-safe once
   * configured, and nothing in the API changes them afterwards.
   */
  @Provider
  @Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
  public static class MapperPartage implements ContextResolver<ObjectMapper> {

    private static final class Unique {
      static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
    }

    private static final AtomicLong UTILISATIONS = new AtomicLong();

    @Override
    public ObjectMapper getContext(Class<?> type) {
      UTILISATIONS.incrementAndGet();
      return Unique.MAPPER;
    }

    /** How many times the API asked for it (one mapper whatever the number). */
    static long utilisations() {
      return UTILISATIONS.get();
    }
  }
}
