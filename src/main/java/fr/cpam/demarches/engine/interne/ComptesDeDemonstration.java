package fr.cpam.demarches.engine.interne;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/**
 * The demo staff keep the short demo password, below the staff's password policy
 * ({@link PolitiqueMotsDePasse}): only the engine's internal identity service saves a user
 * without checking it. Used by the {@code demo} profile only.
 */
public final class ComptesDeDemonstration {

  private ComptesDeDemonstration() {}

  public static void enregistrerSansPolitique(IdentityService identites, User utilisateur) {
    ((IdentityServiceImpl) identites).saveUser(utilisateur, true);
  }
}
