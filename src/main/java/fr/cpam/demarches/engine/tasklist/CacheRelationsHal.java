package fr.cpam.demarches.engine.tasklist;

import org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache;
import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.camunda.bpm.engine.rest.hal.group.HalGroup;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasklist's lists (HAL) embed, for every page, the users (assignee, owner), the candidate
 * groups and the process definitions of its tasks: three engine queries per page for data that
 * hardly changes. The REST API's own HAL relation cache keeps them, as the standalone webapps
 * do through their {@code web.xml}; the Spring Boot starter configures none. Five minutes at
 * most: a renamed agent or group shows under its new name within that time. The candidate
 * links of a task (identity links) are not cached: they change with every hand-over.
 *
 * <p>A cached resource is only ever served as a relation of a task the caller may read: the
 * task query, with its authorization check, decides which tasks are listed.
 */
@Configuration(proxyBeanMethods = false)
class CacheRelationsHal {

  static final int SECONDES = 300;
  static final int CAPACITE = 500;

  static String configuration() {
    String cache = "{\"capacity\": " + CAPACITE + ", \"secondsToLive\": " + SECONDES + "}";
    return "{\"cacheImplementation\": \"" + DefaultHalResourceCache.class.getName() + "\", \"caches\": {"
        + "\"" + HalUser.class.getName() + "\": " + cache + ", "
        + "\"" + HalGroup.class.getName() + "\": " + cache + ", "
        + "\"" + HalProcessDefinition.class.getName() + "\": " + cache + "}}";
  }

  @Bean
  ServletContextInitializer cacheDesRelationsHal() {
    return contexte -> {
      contexte.setInitParameter(HalRelationCacheBootstrap.CONTEXT_PARAM_NAME, configuration());
      contexte.addListener(new HalRelationCacheBootstrap());
    };
  }
}
