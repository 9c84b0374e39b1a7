package fr.cpam.demarches.engine.securite;

import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.interne.VerrouConnexion;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks an HTTP Basic login against the engine's identity service, the same users, codes and
 * delays as Tasklist ({@link VerrouConnexion}): growing delays after wrong codes, then a lock that
 * ends by itself. The same answer for an unknown identifier as for a wrong code. A citizen logs in
 * with the 13 NIR digits (spaces allowed) and their personal code. When a one-time code is
 * required after the personal code ({@link SecondFacteur}: citizens, where it is switched on), no
 * session opens here: {@link SecondFacteurRequis}, which the login page turns into the code's page
 * and HTTP Basic into a 401.
 */
@Component
class IdentiteMoteurAuthenticationProvider implements AuthenticationProvider {

  static final String IDENTIFIANTS_INCORRECTS =
      "Identifiant ou code personnel incorrect. Vérifiez votre numéro de sécurité sociale"
          + " (13 chiffres, sans la clé) et votre code.";

  private final VerrouConnexion verrou;

  IdentiteMoteurAuthenticationProvider(VerrouConnexion verrou) {
    this.verrou = verrou;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String identifiant = VerrouConnexion.normaliser(authentication.getName());
    String code = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
    VerrouConnexion.Essai essai = verrou.essayer(identifiant, code);
    essai.refus().ifPresent(raison -> {
      throw new LockedException(raison);
    });
    if (!essai.codeCorrect()) {
      throw new BadCredentialsException(IDENTIFIANTS_INCORRECTS);
    }
    if (essai.codeUniqueRequis()) {
      throw new SecondFacteurRequis(identifiant, essai.groupes());
    }
    List<SimpleGrantedAuthority> roles =
        essai.groupes().stream().map(Groupes::role).map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(identifiant, null, roles);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
