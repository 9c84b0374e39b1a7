package fr.cpam.demarches.engine.securite;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cpam.demarches.engine.Groupes;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import java.util.Arrays;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what.
 *
 * <ul>
 *   <li>The webapps ({@code /camunda/**}: Tasklist, Cockpit, Admin) keep their own login, session
 *       and anti-CSRF token; the engine's application authorizations decide who enters which.
 *   <li>Our API ({@code /api/**}), the engine's REST API ({@code /engine-rest/**}), the API
 *       documentation and the management endpoints require a person: HTTP Basic against the
 *       engine's identity service, or the Tasklist session of the same browser. Anonymous calls
 *       get 401, wrong roles 403, both as French problem+json.
 *   <li>Monitoring scrapers (group {@code supervision}) read {@code /actuator/prometheus} and
 *       {@code /actuator/metrics}, nothing else: no API, no engine REST API, no webapp.
 *   <li>Each of our endpoints states its roles with an {@code Acces...} annotation; the engine
 *       REST API checks the engine's authorizations for the authenticated person.
 * </ul>
 */
@Configuration
@EnableMethodSecurity
class SecuriteConfiguration {

  /** Paths of the servlets of the engine too (Jersey), not only of Spring MVC. */
  static RequestMatcher chemins(String... motifs) {
    return new OrRequestMatcher(
        Arrays.stream(motifs).map(m -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(m)).toList());
  }

  /** Any authenticated person except the members of these groups. */
  private static AuthorizationManager<RequestAuthorizationContext> sauf(String... groupes) {
    return AuthorizationManagers.allOf(
        AuthenticatedAuthorizationManager.authenticated(),
        AuthorizationManagers.not(AuthorityAuthorizationManager.hasAnyRole(groupes)));
  }

  /**
   * No Micrometer observation around each security filter, authentication and authorization: 2 to 3
   * % of a request's CPU in a profile, for traces and timers nobody reads here
   * (docs/decisions/0029-ni-observations-de-securite-ni-minuteurs-de-depots.md). The requests' own
   * timers stay ({@code http_server_requests}, docs/exploitation.md §8).
   */
  @Bean
  SecurityObservationSettings sansObservationsDeSecurite() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  @Order(1)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    return http.securityMatcher(
            chemins("/camunda/**", "/", "/favicon.ico", "/error"))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .headers(h -> h.disable())
        .requestCache(r -> r.disable())
        .securityContext(s -> s.disable())
        .sessionManagement(s -> s.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain api(
      HttpSecurity http,
      ObjectMapper json,
      IdentityService identityService,
      SessionWebapps sessions)
      throws Exception {
    var nonAuthentifie = ReponsesSecurite.nonAuthentifie(json);
    // The provider is the global one (a single bean): registering it on the chain as well would
    // make Spring try it twice per request, and count a wrong code twice.
    return http.authorizeHttpRequests(
            a ->
                a.requestMatchers(chemins("/actuator/health", "/actuator/health/**", "/actuator/info"))
                    .permitAll()
                    // Monitoring scrapers read the metrics, and nothing else anywhere.
                    .requestMatchers(chemins("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**"))
                    .hasAnyRole(Groupes.ADMINISTRATEURS, Groupes.SUPERVISION)
                    .requestMatchers(chemins("/actuator/**"))
                    .hasRole(Groupes.ADMINISTRATEURS)
                    // Technical senders only post their documents to our API.
                    .requestMatchers(chemins("/engine-rest/**"))
                    .access(sauf(Groupes.MEDECINS, Groupes.EMPLOYEURS, Groupes.SUPERVISION))
                    .anyRequest()
                    .access(sauf(Groupes.SUPERVISION)))
        .httpBasic(b -> b.authenticationEntryPoint(nonAuthentifie))
        .exceptionHandling(
            e -> e.authenticationEntryPoint(nonAuthentifie).accessDeniedHandler(ReponsesSecurite.accesRefuse(json)))
        // No session of its own, and never a new id for the Tasklist session it borrows: the
        // webapps' login already changed the id; changing it again on each call logged out the
        // parallel calls of a page still holding the old one (docs/securite.md).
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
        .csrf(c -> c.disable())
        .addFilterAfter(new SessionWebappAuthenticationFilter(sessions), BasicAuthenticationFilter.class)
        .addFilterAfter(new AuthentificationMoteurFilter(identityService), AuthorizationFilter.class)
        .build();
  }
}
