package fr.cpam.demarches.engine.interne;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
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
public class VerrouConnexion {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl configuration;

  public VerrouConnexion(IdentityService identityService, ProcessEngineConfigurationImpl configuration) {
    this.identityService = identityService;
    this.configuration = configuration;
  }

  /**
   * What one login attempt gives. {@code refus}: why it is refused before its code is even
   * checked (locked account, delay running); otherwise {@code codeCorrect} and, when it is, the
   * person's groups.
   */
  public record Essai(Optional<String> refus, boolean codeCorrect, List<String> groupes) {}

  /**
   * Checks a login in one engine command, one transaction: the account is read once (the
   * engine's cache gives it again to the code check), then the code, then the groups. A wrong
   * code is counted by the engine towards the lockout and committed with the command, as by
   * {@link IdentityService#checkPassword}.
   */
  public Essai essayer(String identifiant, String code) {
    return configuration.getCommandExecutorTxRequired().execute(contexte -> {
      ReadOnlyIdentityProvider identites = contexte.getReadOnlyIdentityProvider();
      Optional<String> refus = raison(identites.findUserById(identifiant));
      if (refus.isPresent()) {
        return new Essai(refus, false, List.of());
      }
      if (code == null || !identites.checkPassword(identifiant, code)) {
        return new Essai(Optional.empty(), false, List.of());
      }
      List<String> groupes = identites.createGroupQuery(contexte).groupMember(identifiant).list().stream()
          .map(Group::getId)
          .toList();
      return new Essai(Optional.empty(), true, groupes);
    });
  }

  /** Why this login is refused before its code is even checked, if it is. */
  public Optional<String> raison(String identifiant) {
    return raison(identityService.createUserQuery().userId(identifiant).singleResult());
  }

  private Optional<String> raison(User utilisateur) {
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
  public boolean estBloque(String identifiant) {
    return identityService.createUserQuery().userId(identifiant).singleResult() instanceof UserEntity entite
        && estBloque(entite);
  }

  private boolean estBloque(UserEntity entite) {
    return entite.getAttempts() >= configuration.getLoginMaxAttempts();
  }

  public int tentativesMaximum() {
    return configuration.getLoginMaxAttempts();
  }

  public static String messageBloque(int tentatives) {
    return "Votre compte est bloqué après " + tentatives + " codes erronés. Pour le débloquer,"
        + " demandez un nouveau code personnel (« Code oublié ») ou appelez votre CPAM au 3646.";
  }

  /** A citizen may type the NIR with spaces, as printed on the carte Vitale. */
  public static String normaliser(String identifiant) {
    return identifiant == null ? "" : identifiant.replace(" ", "").strip();
  }
}
