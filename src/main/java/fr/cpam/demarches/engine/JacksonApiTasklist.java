package fr.cpam.demarches.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine API behind Tasklist and Cockpit ({@code /camunda/api/engine}) asks Camunda's
 * {@link JacksonConfigurator} for its JSON mapper, which builds and configures a new
 * {@link ObjectMapper} at every call: every page of tasks then rebuilds the serializers of all
 * its types (a profile of "Tâches de mon service" spent a tenth of its time there, see
 * docs/performance.md). {@link MapperPartage} gives that API one mapper, configured once by
 * the same {@link JacksonConfigurator#configureObjectMapper}: the same JSON, its serializers
 * built once.
 */
@Configuration(proxyBeanMethods = false)
class JacksonApiTasklist {

  /** The servlet the webapps starter registers for the engine API. */
  static final String SERVLET = "Engine Api";

  /**
   * The webapps starter's initializer declares the servlet; right after it, the servlet is told
   * to load {@link MapperPartage} besides the providers of its application.
   */
  @Bean
  static BeanPostProcessor mapperPartageDeLApiTasklist() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String nom) {
        if (bean instanceof CamundaBpmWebappInitializer starter) {
          return (ServletContextInitializer) contexte -> {
            starter.onStartup(contexte);
            ServletRegistration api = contexte.getServletRegistration(SERVLET);
            if (api != null) {
              api.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, MapperPartage.class.getName());
            }
          };
        }
        return bean;
      }
    };
  }

  /**
   * One configured mapper for JSON and HAL, preferred by Jersey to Camunda's resolver (declared
   * for every media type) because it names these two. Jackson mappers are thread-safe once
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
