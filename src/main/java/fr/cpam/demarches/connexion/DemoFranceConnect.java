package fr.cpam.demarches.connexion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo} (spring-boot:run and the tests): a simulated FranceConnect provider
 * (no.nav.security mock-oauth2-server) started with the application on a free port of this
 * machine, whose login page lets one choose Claire, Marc or Inès (their identité pivot; Claire's
 * birth name is MARTIN, Marc's given names are sent as « Marc-André »). Its ID tokens are signed and
 * carry the identity: it has no signed userinfo answer, so the demo reads the identity from the ID
 * token ({@link InfosFranceConnect}). Not in the delivered jar (docs/decisions/0075): there, this
 * class is skipped and {@code cpam.franceconnect.*} name the real provider.
 */
@Component
@Profile("demo")
@ConditionalOnClass(name = "no.nav.security.mock.oauth2.MockOAuth2Server")
class DemoFranceConnect {

  static final String EMETTEUR = "franceconnect";
  static final String CLIENT = "demarches-cpam-demo";

  private final MockOAuth2Server serveur;

  DemoFranceConnect(FranceConnect franceConnect) throws IOException {
    Path page = Files.createTempFile("franceconnect-demo-", ".html");
    page.toFile().deleteOnExit();
    try (InputStream contenu = new ClassPathResource("demo/franceconnect-connexion.html").getInputStream()) {
      Files.copy(contenu, page, StandardCopyOption.REPLACE_EXISTING);
    }
    String configuration = "{\"interactiveLogin\":true,\"loginPagePath\":\"" + page.toAbsolutePath().toString().replace("\\", "/") + "\"}";
    this.serveur = new MockOAuth2Server(OAuth2Config.Companion.fromJson(configuration));
    serveur.start(0);
    franceConnect.utiliser(new FranceConnect.Fournisseur(
        serveur.issuerUrl(EMETTEUR).toString(),
        serveur.authorizationEndpointUrl(EMETTEUR).toString(),
        serveur.tokenEndpointUrl(EMETTEUR).toString(),
        null,
        serveur.jwksUrl(EMETTEUR).toString(),
        serveur.endSessionEndpointUrl(EMETTEUR).toString(),
        CLIENT,
        "demo"));
  }

  /** The simulated provider's address (tests). */
  String adresse() {
    return serveur.baseUrl().toString();
  }

  @jakarta.annotation.PreDestroy
  void arreter() {
    serveur.shutdown();
  }
}
