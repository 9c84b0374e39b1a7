package fr.cpam.demarches.espace;

import fr.cpam.demarches.connexion.FranceConnect;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.securite.SessionWebapps;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * The security of the pages: the webapps' session (read by {@link SessionWebapps}) says who is
 * there; forms carry Spring's anti-CSRF token ({@code th:action} adds it); citizens only; anyone
 * else gets the 403 page, and who is not logged in goes to the login page and comes back.
 * HTTP Basic is accepted too, as on {@code /api}, for programs (the benchmark, tests).
 */
@Configuration
class EspaceSecurite {

  static final String CONNEXION = PageDeConnexion.ADRESSE;
  static final String CONNEXION_CODE_UNIQUE = PageDeConnexion.ADRESSE + "/code-unique";
  static final String ACCES_REFUSE = "/espace/acces-refuse";

  @Bean
  @Order(0)
  SecurityFilterChain espace(HttpSecurity http, SessionWebapps sessions, FranceConnect franceConnect) throws Exception {
    return http.securityMatcher("/espace/**", "/espace", "/ressources/espace/**")
        .authorizeHttpRequests(a -> a
            // The 403 page is reached by a forward, the error page by an error dispatch: both show
            // only a message, never data, and must not be refused again.
            .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
            .requestMatchers(CONNEXION, CONNEXION_CODE_UNIQUE, ACCES_REFUSE, "/espace/deconnexion", "/ressources/espace/**").permitAll()
            .anyRequest().hasRole(Groupes.ASSURES))
        .securityContext(s -> s.securityContextRepository(sessions))
        // As /api: HTTP Basic for programs and tests (the same provider, codes and locks).
        .httpBasic(b -> {})
        .sessionManagement(s -> s.sessionFixation(f -> f.none()))
        .requestCache(r -> r.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(PageDeConnexion.versLaConnexion()).accessDeniedHandler(pageAccesRefuse()))
        // The logout form of a session opened through FranceConnect goes on to the provider.
        .headers(h -> h.addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none';"
                + " form-action 'self'" + franceConnect.origine().map(o -> " " + o).orElse(""))))
        .build();
  }

  /** A person logged in without the right (an agent, a sender) gets the 403 page, whatever she accepts. */
  private static AccessDeniedHandlerImpl pageAccesRefuse() {
    AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
    page.setErrorPage(ACCES_REFUSE);
    return page;
  }
}
