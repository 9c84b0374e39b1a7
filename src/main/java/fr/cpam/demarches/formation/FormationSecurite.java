package fr.cpam.demarches.formation;

import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.securite.SessionWebapps;
import fr.cpam.demarches.espace.PageDeConnexion;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * The trainers' pages on a training server, as Mon espace's pages: the webapps' session (read by
 * {@link SessionWebapps}) says who is there, forms carry Spring's anti-CSRF token, only
 * {@code formateurs} pass (learners and every other person get the 403 page; a learner's debrief
 * excepted), who is not logged
 * in goes to the login page and comes back. HTTP Basic is accepted too, for programs and tests.
 * Without the profile this chain does not exist and {@link FormationConfiguration} answers 404.
 */
@Configuration
@Profile(ProfilFormation.PROFIL)
class FormationSecurite {

  static final String ACCES_REFUSE = "/formation/acces-refuse";
  static final String DEBRIEFING = "/formation/debriefing";

  @Bean
  @Order(0)
  SecurityFilterChain formation(HttpSecurity http, SessionWebapps sessions) throws Exception {
    AccessDeniedHandlerImpl refus = new AccessDeniedHandlerImpl();
    refus.setErrorPage(ACCES_REFUSE);
    return http.securityMatcher("/formation/**", "/ressources/formation/**")
        .authorizeHttpRequests(a -> a
            .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
            .requestMatchers(ACCES_REFUSE, "/ressources/formation/**").permitAll()
            // A learner chooses their password before they may log in to work (MotsDePasseDesStagiaires).
            .requestMatchers(MotsDePasseDesStagiaires.PAGE).permitAll()
            // A learner's debrief: any logged-in person; the page shows a learner their own and
            // refuses anyone else (DebriefingPage).
            .requestMatchers(DEBRIEFING).authenticated()
            .anyRequest().hasRole(Groupes.FORMATEURS))
        .securityContext(s -> s.securityContextRepository(sessions))
        .httpBasic(b -> {})
        .sessionManagement(s -> s.sessionFixation(f -> f.none()))
        .requestCache(r -> r.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(PageDeConnexion.versLaConnexion()).accessDeniedHandler(refus))
        .headers(h -> h
            // The learners' passwords are on a page: never kept by a cache or the browser's history.
            .cacheControl(c -> {})
            .contentSecurityPolicy(c -> c.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none';"
                    + " form-action 'self'")))
        .build();
  }
}
