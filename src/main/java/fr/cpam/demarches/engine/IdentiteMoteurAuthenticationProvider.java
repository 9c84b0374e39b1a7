package fr.cpam.demarches.engine;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks an HTTP Basic login against the engine's identity service, the same users, codes and
 * lockout as Tasklist: after {@code login-max-attempts} wrong codes the account stays locked
 * until an administrator unlocks it; between two failures the engine imposes a growing delay.
 * A citizen logs in with the 13 NIR digits (spaces allowed) and their personal code.
 */
@Component
class IdentiteMoteurAuthenticationProvider implements AuthenticationProvider {

  static final String IDENTIFIANTS_INCORRECTS =
      "Identifiant ou code personnel incorrect. Vérifiez votre numéro de sécurité sociale"
          + " (13 chiffres, sans la clé) et votre code.";

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl configuration;

  IdentiteMoteurAuthenticationProvider(
      IdentityService identityService, ProcessEngineConfigurationImpl configuration) {
    this.identityService = identityService;
    this.configuration = configuration;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String identifiant = normaliser(authentication.getName());
    String code = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
    verifierVerrou(identifiant);
    if (code == null || !identityService.checkPassword(identifiant, code)) {
      throw new BadCredentialsException(IDENTIFIANTS_INCORRECTS);
    }
    List<SimpleGrantedAuthority> roles =
        identityService.createGroupQuery().groupMember(identifiant).list().stream()
            .map(Group::getId)
            .map(Groupes::role)
            .map(SimpleGrantedAuthority::new)
            .toList();
    return UsernamePasswordAuthenticationToken.authenticated(identifiant, null, roles);
  }

  /** Says in French why a locked account is refused, before the engine silently refuses it. */
  private void verifierVerrou(String identifiant) {
    User utilisateur = identityService.createUserQuery().userId(identifiant).singleResult();
    if (!(utilisateur instanceof UserEntity entite)) {
      return;
    }
    if (entite.getAttempts() >= configuration.getLoginMaxAttempts()) {
      throw new LockedException(messageBloque(configuration.getLoginMaxAttempts()));
    }
    Date expiration = entite.getLockExpirationTime();
    Date maintenant = ClockUtil.getCurrentTime();
    if (expiration != null && expiration.after(maintenant)) {
      long secondes = Math.max(1, Duration.between(maintenant.toInstant(), expiration.toInstant()).toSeconds());
      throw new LockedException(
          "Trop de tentatives de connexion : réessayez dans " + secondes + " seconde"
              + (secondes > 1 ? "s" : "") + ".");
    }
  }

  static String messageBloque(int tentatives) {
    return "Votre compte est bloqué après " + tentatives + " codes erronés. Pour le débloquer,"
        + " demandez un nouveau code personnel (« Code oublié ») ou appelez votre CPAM au 3646.";
  }

  static String normaliser(String identifiant) {
    return identifiant == null ? "" : identifiant.replace(" ", "").strip();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
