package fr.cpam.demarches.espace;

import fr.cpam.demarches.connexion.FranceConnect;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.SessionWebapps;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
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

  static final String CONNEXION = "/espace/connexion";
  static final String CONNEXION_CODE_UNIQUE = "/espace/connexion/code-unique";
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
        .exceptionHandling(e -> e.authenticationEntryPoint(versLaConnexion()).accessDeniedHandler(pageAccesRefuse()))
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

  /** Who is not logged in goes to the login page, which brings her back here afterwards. */
  private static AuthenticationEntryPoint versLaConnexion() {
    return (request, response, exception) -> response.sendRedirect(request.getContextPath() + CONNEXION + suite(request));
  }

  private static String suite(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return "";
    }
    String chemin = request.getRequestURI().substring(request.getContextPath().length())
        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return "/espace/".equals(chemin) ? "" : "?suite=" + URLEncoder.encode(chemin, StandardCharsets.UTF_8);
  }
}
