package fr.cpam.demarches.connexion;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The pages under {@code /connexion/}: open to anyone (they are how one gets in), every form
 * with Spring's anti-CSRF token ({@code th:action} adds it; a form without it gets 403), pages
 * that no other site may frame, and scripts from nowhere (they have none).
 */
@Configuration
class ConnexionSecurite {

  @Bean
  @Order(0)
  SecurityFilterChain pagesDeConnexion(HttpSecurity http) throws Exception {
    return http.securityMatcher("/connexion/**")
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .requestCache(r -> r.disable())
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; frame-ancestors 'none';"
                + " form-action 'self'")))
        .build();
  }
}
