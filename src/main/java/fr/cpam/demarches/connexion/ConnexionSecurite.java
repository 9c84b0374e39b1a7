package fr.cpam.demarches.connexion;

import fr.cpam.demarches.engine.securite.SessionWebapps;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The pages under {@code /connexion/}: open to anyone (they are how one gets in), every form
 * with Spring's anti-CSRF token ({@code th:action} adds it; a form without it gets 403), pages
 * that no other site may frame, and scripts from nowhere (they have none).
 *
 * <p>FranceConnect's authorization-code flow runs here too (Spring Security's OAuth2 client):
 * {@code /connexion/franceconnect/autorisation/franceconnect} sends the browser to the provider
 * with {@code acr_values}, a {@code state} and a {@code nonce} (random, 43 characters and more,
 * kept in the session and checked on return), {@code /connexion/franceconnect/retour} takes the
 * answer back ({@link InfosFranceConnect}, {@link ArriveeFranceConnect}). The webapps' session
 * ({@link SessionWebapps}) is the only one: Spring's own security context is never kept.
 */
@Configuration
class ConnexionSecurite {

  @Bean
  @Order(0)
  SecurityFilterChain pagesDeConnexion(
      HttpSecurity http, FranceConnect franceConnect, InfosFranceConnect infos, ArriveeFranceConnect arrivee, SessionWebapps sessions)
      throws Exception {
    DefaultOAuth2AuthorizationRequestResolver demandes =
        new DefaultOAuth2AuthorizationRequestResolver(franceConnect, FranceConnect.AUTORISATION);
    demandes.setAuthorizationRequestCustomizer(d -> d.additionalParameters(p -> p.put("acr_values", franceConnect.acr())));
    // No provider set up (or another name in the address): nothing to do here, the address is a 404.
    OAuth2AuthorizationRequestResolver siInscrit = new OAuth2AuthorizationRequestResolver() {
      @Override
      public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        try {
          return demandes.resolve(request);
        } catch (IllegalArgumentException inconnu) {
          return null;
        }
      }

      @Override
      public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String inscription) {
        try {
          return demandes.resolve(request, inscription);
        } catch (IllegalArgumentException inconnu) {
          return null;
        }
      }
    };
    return http.securityMatcher("/connexion/**")
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .requestCache(r -> r.disable())
        .securityContext(s -> s.securityContextRepository(sessions))
        .oauth2Login(o -> o
            .clientRegistrationRepository(franceConnect)
            .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
            .loginPage("/espace/connexion")
            .authorizationEndpoint(a -> a.baseUri(FranceConnect.AUTORISATION).authorizationRequestResolver(siInscrit))
            .redirectionEndpoint(r -> r.baseUri(FranceConnect.RETOUR))
            .userInfoEndpoint(u -> u.oidcUserService(infos))
            .successHandler(arrivee)
            .failureHandler(arrivee))
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; frame-ancestors 'none';"
                + " form-action 'self'")))
        .build();
  }

  /**
   * The ID tokens' decoders (signature against the provider's keys, issuer, audience, expiry), one
   * per provider: the provider may change while the application runs (demo, tests).
   */
  @Bean
  JwtDecoderFactory<ClientRegistration> decodeursJetonsIdentite() {
    Map<String, JwtDecoder> parFournisseur = new ConcurrentHashMap<>();
    return inscription -> parFournisseur.computeIfAbsent(
        inscription.getProviderDetails().getJwkSetUri() + " " + inscription.getProviderDetails().getIssuerUri() + " "
            + inscription.getClientId(),
        c -> new OidcIdTokenDecoderFactory().createDecoder(inscription));
  }
}
