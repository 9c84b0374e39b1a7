package fr.cpam.demarches.formation;

import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.SessionWebapps;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * The security of the training server's pages: the webapps' session (one login with Tasklist),
 * forms with Spring's anti-CSRF token ({@code th:action} adds it), HTTP Basic for programs and
 * tests. Trainers ({@code formateurs}) reach every page; the debrief is open to any logged-in
 * person and shows a learner their own (anyone else: 403). Whoever is not logged in goes to the
 * login page. Without the profile, {@link FormationConfiguration} answers 404 to all.
 */
@Configuration
@Profile(ProfilFormation.PROFIL)
class FormationSecurite {

  static final String DEBRIEFING = "/formation/debriefing";

  @Bean
  @Order(0)
  SecurityFilterChain formation(HttpSecurity http, SessionWebapps sessions) throws Exception {
    AccessDeniedHandlerImpl refus = new AccessDeniedHandlerImpl();
    refus.setErrorPage("/formation/acces-refuse");
    return http.securityMatcher("/formation/**", "/formation", "/ressources/formation/**")
        .authorizeHttpRequests(a -> a
            .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
            .requestMatchers("/formation/acces-refuse", "/ressources/formation/**").permitAll()
            .requestMatchers(DEBRIEFING).authenticated()
            .anyRequest().hasRole(Groupes.FORMATEURS))
        .securityContext(s -> s.securityContextRepository(sessions))
        .httpBasic(b -> {})
        .sessionManagement(s -> s.sessionFixation(f -> f.none()))
        .requestCache(r -> r.disable())
        .exceptionHandling(e -> e
            .authenticationEntryPoint((requete, reponse, x) -> reponse.sendRedirect(requete.getContextPath() + "/espace/connexion"))
            .accessDeniedHandler(refus))
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")))
        .build();
  }
}
