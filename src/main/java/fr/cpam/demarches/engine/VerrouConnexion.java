package fr.cpam.demarches.engine;

import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Says in French why the engine refuses a login whatever the code: the account is locked after
 * {@code login-max-attempts} wrong codes, or a growing delay runs after the last failure. The
 * engine refuses such logins silently; HTTP Basic and the webapps' login page both explain it.
 */
@Component
class VerrouConnexion {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl configuration;

  VerrouConnexion(IdentityService identityService, ProcessEngineConfigurationImpl configuration) {
    this.identityService = identityService;
    this.configuration = configuration;
  }

  /** Why this login is refused before its code is even checked, if it is. */
  Optional<String> raison(String identifiant) {
    User utilisateur = identityService.createUserQuery().userId(identifiant).singleResult();
    if (!(utilisateur instanceof UserEntity entite)) {
      return Optional.empty();
    }
    if (estBloque(entite)) {
      return Optional.of(messageBloque(configuration.getLoginMaxAttempts()));
    }
    Date expiration = entite.getLockExpirationTime();
    Date maintenant = ClockUtil.getCurrentTime();
    if (expiration != null && expiration.after(maintenant)) {
      long secondes = Math.max(1, Duration.between(maintenant.toInstant(), expiration.toInstant()).toSeconds());
      return Optional.of(
          "Trop de tentatives de connexion : réessayez dans " + secondes + " seconde"
              + (secondes > 1 ? "s" : "") + ".");
    }
    return Optional.empty();
  }

  /** Whether the account is locked until an administrator unlocks it. */
  boolean estBloque(String identifiant) {
    return identityService.createUserQuery().userId(identifiant).singleResult() instanceof UserEntity entite
        && estBloque(entite);
  }

  private boolean estBloque(UserEntity entite) {
    return entite.getAttempts() >= configuration.getLoginMaxAttempts();
  }

  int tentativesMaximum() {
    return configuration.getLoginMaxAttempts();
  }

  static String messageBloque(int tentatives) {
    return "Votre compte est bloqué après " + tentatives + " codes erronés. Pour le débloquer,"
        + " demandez un nouveau code personnel (« Code oublié ») ou appelez votre CPAM au 3646.";
  }

  /** A citizen may type the NIR with spaces, as printed on the carte Vitale. */
  static String normaliser(String identifiant) {
    return identifiant == null ? "" : identifiant.replace(" ", "").strip();
  }
}
