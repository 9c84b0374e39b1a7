package fr.cpam.demarches.connexion;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Who FranceConnect says the person is, after Spring has checked the ID token (signature against
 * the provider's keys, issuer, audience, expiry, {@code nonce}): the level of assurance of the ID
 * token ({@code acr}, at least the one asked), then the userinfo answer, which FranceConnect v2
 * gives as a signed JWT ({@code application/jwt}): its signature checked against the same keys,
 * its issuer and audience, and its {@code sub} that of the ID token. Any other answer is refused.
 * Where the provider has no userinfo address (the demo's simulator), the identity is the ID
 * token's, signed as well.
 */
@Component
class InfosFranceConnect implements OAuth2UserService<OidcUserRequest, OidcUser> {

  static final MediaType JWT = MediaType.parseMediaType("application/jwt");
  /** The levels of assurance of eIDAS, in order. */
  private static final List<String> NIVEAUX = List.of("eidas1", "eidas2", "eidas3");

  private final RestClient http = RestClient.create();
  private final FranceConnect franceConnect;
  private final Map<String, JwtDecoder> decodeurs = new ConcurrentHashMap<>();

  InfosFranceConnect(FranceConnect franceConnect) {
    this.franceConnect = franceConnect;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest demande) {
    ClientRegistration inscription = demande.getClientRegistration();
    OidcIdToken jeton = demande.getIdToken();
    String niveau = jeton.getClaimAsString("acr");
    if (niveau == null || NIVEAUX.indexOf(niveau) < NIVEAUX.indexOf(franceConnect.acr())) {
      throw refus("niveau", "acr du jeton d'identité absent ou insuffisant");
    }
    String adresse = inscription.getProviderDetails().getUserInfoEndpoint().getUri();
    if (adresse == null || adresse.isBlank()) {
      return new DefaultOidcUser(List.of(), jeton, "sub");
    }
    ResponseEntity<String> reponse;
    try {
      reponse = http.get()
          .uri(adresse)
          .headers(h -> h.setBearerAuth(demande.getAccessToken().getTokenValue()))
          .accept(JWT)
          .retrieve()
          .toEntity(String.class);
    } catch (RestClientException e) {
      throw refus("userinfo", "userinfo injoignable ou en erreur");
    }
    MediaType type = reponse.getHeaders().getContentType();
    if (type == null || !type.isCompatibleWith(JWT) || reponse.getBody() == null) {
      throw refus("userinfo", "userinfo non signé (" + type + ")");
    }
    Jwt infos;
    try {
      infos = decodeur(inscription).decode(reponse.getBody().strip());
    } catch (JwtException e) {
      throw refus("signature", "userinfo : signature ou contenu refusés");
    }
    if (!jeton.getSubject().equals(infos.getSubject())) {
      throw refus("signature", "userinfo : sub différent de celui du jeton d'identité");
    }
    return new DefaultOidcUser(List.of(), jeton, new OidcUserInfo(infos.getClaims()), "sub");
  }

  /** The decoder of the userinfo JWTs of a provider: its keys (RS256 or ES256), issuer, audience. */
  private JwtDecoder decodeur(ClientRegistration inscription) {
    ClientRegistration.ProviderDetails fournisseur = inscription.getProviderDetails();
    String cle = fournisseur.getJwkSetUri() + " " + fournisseur.getIssuerUri() + " " + inscription.getClientId();
    return decodeurs.computeIfAbsent(cle, c -> {
      NimbusJwtDecoder decodeur = NimbusJwtDecoder.withJwkSetUri(fournisseur.getJwkSetUri())
          .jwsAlgorithms(a -> a.addAll(Set.of(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256)))
          .build();
      decodeur.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
          JwtValidators.createDefaultWithIssuer(fournisseur.getIssuerUri()),
          jwt -> jwt.getAudience() == null || jwt.getAudience().contains(inscription.getClientId())
              ? OAuth2TokenValidatorResult.success()
              : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "aud", null))));
      return decodeur;
    });
  }

  static OAuth2AuthenticationException refus(String motif, String description) {
    return new OAuth2AuthenticationException(new OAuth2Error(motif, description, null), description);
  }
}
