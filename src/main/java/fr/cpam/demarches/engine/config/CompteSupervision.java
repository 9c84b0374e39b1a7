package fr.cpam.demarches.engine.config;

import fr.cpam.demarches.engine.Groupes;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The monitoring scraper's account ({@code SUPERVISION_USER} / {@code SUPERVISION_PASSWORD}, group
 * {@code supervision}): it reads the metrics and nothing else. Created once if missing, never
 * overwritten, like the first administrator; only the init run receives the password, so the
 * nodes create nothing (change the password in Admin afterwards).
 */
@Component
@Order(5)
class CompteSupervision implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(CompteSupervision.class);

  private final IdentityService identityService;
  private final String utilisateur;
  private final String motDePasse;

  CompteSupervision(
      IdentityService identityService,
      @Value("${demarches.supervision.utilisateur:}") String utilisateur,
      @Value("${demarches.supervision.mot-de-passe:}") String motDePasse) {
    this.identityService = identityService;
    this.utilisateur = utilisateur;
    this.motDePasse = motDePasse;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    if (utilisateur.isBlank() || motDePasse.isBlank()
        || identityService.createUserQuery().userId(utilisateur).count() > 0) {
      return;
    }
    User compte = identityService.newUser(utilisateur);
    compte.setFirstName("Collecteur");
    compte.setLastName("Métriques");
    compte.setPassword(motDePasse);
    identityService.saveUser(compte);
    identityService.createMembership(utilisateur, Groupes.SUPERVISION);
    LOG.info("Compte de supervision {} créé (lecture des métriques seulement)", utilisateur);
  }
}
