package fr.cpam.demarches.connexion;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The FranceConnect provider this application is registered with: the real one, found from its
 * issuer address ({@code cpam.franceconnect.emetteur}, read on first use from its discovery
 * document), or the demo's simulated one ({@link #utiliser}). Without either, no FranceConnect
 * button and its addresses answer 404.
 *
 * <p>Also the logout at the provider: a session opened through FranceConnect keeps its ID token,
 * and logging out sends the browser to the provider's end-session address with {@code
 * id_token_hint}, a random {@code state} and the registered {@code post_logout_redirect_uri}.
 */
@Component
public class FranceConnect implements ClientRegistrationRepository {

  static final String ID = "franceconnect";
  static final String AUTORISATION = "/connexion/franceconnect/autorisation";
  static final String RETOUR = "/connexion/franceconnect/retour";
  static final String DECONNECTE = "/connexion/franceconnect/deconnecte";
  /** The claims of the identité pivot, and the e-mail address. */
  static final String[] PORTEES = {
    "openid", "given_name", "family_name", "birthdate", "gender", "birthplace", "birthcountry", "email"
  };

  private static final Logger LOG = LoggerFactory.getLogger(FranceConnect.class);
  private static final String SESSION = FranceConnect.class.getName();
  private static final SecureRandom HASARD = new SecureRandom();

  /** Where the provider answers. {@code infosUtilisateur} null: the identity is read from the ID token (demo). */
  record Fournisseur(
      String emetteur,
      String autorisation,
      String jeton,
      String infosUtilisateur,
      String cles,
      String finDeSession,
      String client,
      String secret) {}

  /** What a session opened through FranceConnect keeps for the logout. */
  record SessionFranceConnect(String idToken) implements Serializable {}

  private final String emetteur;
  private final String client;
  private final String secret;
  private final String acr;
  private final AtomicReference<ClientRegistration> inscription = new AtomicReference<>();

  FranceConnect(
      @Value("${cpam.franceconnect.emetteur:}") String emetteur,
      @Value("${cpam.franceconnect.client-id:}") String client,
      @Value("${cpam.franceconnect.client-secret:}") String secret,
      @Value("${cpam.franceconnect.acr:eidas1}") String acr) {
    this.emetteur = emetteur;
    this.client = client;
    this.secret = secret;
    this.acr = acr;
  }

  /** The level of assurance asked ({@code acr_values}) and required in the ID token. */
  String acr() {
    return acr;
  }

  /** Whether the button is shown: a provider is set up. */
  public boolean actif() {
    return inscription.get() != null || (!emetteur.isBlank() && !client.isBlank());
  }

  /** Uses this provider from now on (the demo's simulator; tests). */
  void utiliser(Fournisseur fournisseur) {
    inscription.set(inscription(fournisseur));
  }

  /** The provider in use, if any (tests put it back). */
  Optional<ClientRegistration> inscription() {
    return Optional.ofNullable(findByRegistrationId(ID));
  }

  void remettre(ClientRegistration precedente) {
    inscription.set(precedente);
  }

  @Override
  public ClientRegistration findByRegistrationId(String id) {
    if (!ID.equals(id)) {
      return null;
    }
    ClientRegistration actuelle = inscription.get();
    if (actuelle == null && !emetteur.isBlank() && !client.isBlank()) {
      try {
        actuelle = ClientRegistrations.fromOidcIssuerLocation(emetteur)
            .registrationId(ID)
            .clientId(client)
            .clientSecret(secret)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}" + RETOUR)
            .scope(PORTEES)
            .clientName("FranceConnect")
            .build();
        inscription.compareAndSet(null, actuelle);
      } catch (RuntimeException e) {
        LOG.warn("FranceConnect : document de découverte illisible à {} ({})", emetteur, e.getClass().getSimpleName());
        return null;
      }
    }
    return actuelle;
  }

  private static ClientRegistration inscription(Fournisseur f) {
    return ClientRegistration.withRegistrationId(ID)
        .clientId(f.client())
        .clientSecret(f.secret())
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}" + RETOUR)
        .scope(PORTEES)
        .issuerUri(f.emetteur())
        .authorizationUri(f.autorisation())
        .tokenUri(f.jeton())
        .userInfoUri(f.infosUtilisateur())
        .userNameAttributeName("sub")
        .jwkSetUri(f.cles())
        .providerConfigurationMetadata(java.util.Map.of("end_session_endpoint", f.finDeSession()))
        .clientName("FranceConnect")
        .build();
  }

  /** Keeps the ID token of a session just opened through FranceConnect, for its logout. */
  void retenir(HttpSession session, String idToken) {
    session.setAttribute(SESSION, new SessionFranceConnect(idToken));
  }

  /**
   * Where the browser goes once the local session has ended: the provider's end-session address
   * when the session was opened through FranceConnect.
   */
  public Optional<String> finDeSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(SESSION) instanceof SessionFranceConnect fc)) {
      return Optional.empty();
    }
    Object adresse = Optional.ofNullable(findByRegistrationId(ID))
        .map(r -> r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
        .orElse(null);
    if (adresse == null) {
      return Optional.empty();
    }
    byte[] octets = new byte[32];
    HASARD.nextBytes(octets);
    String retour = ServletUriComponentsBuilder.fromContextPath(request).path(DECONNECTE).build().toUriString();
    return Optional.of(UriComponentsBuilder.fromUri(URI.create(adresse.toString()))
        .queryParam("id_token_hint", fc.idToken())
        .queryParam("state", Base64.getUrlEncoder().withoutPadding().encodeToString(octets))
        .queryParam("post_logout_redirect_uri", retour)
        .encode()
        .build()
        .toUriString());
  }

  /**
   * The origin ({@code https://host[:port]}) of the provider's end-session address, if any: the
   * logout form of the pages is sent on there, which their form-action must allow.
   */
  public Optional<String> origine() {
    return Optional.ofNullable(findByRegistrationId(ID))
        .map(r -> r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
        .map(a -> URI.create(a.toString()))
        .map(u -> u.getScheme() + "://" + u.getAuthority());
  }
}
