package fr.cpam.demarches.engine.interne;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as another person, then gives the thread back the identity it had: the
 * engine's public API hands that identity out only as its internal {@code Authentication}.
 */
public final class IdentiteTemporaire {

  private IdentiteTemporaire() {}

  /** The user the engine runs the current command for, if any. */
  public static Optional<String> utilisateurCourant(IdentityService identites) {
    Authentication courante = identites.getCurrentAuthentication();
    return courante == null ? Optional.empty() : Optional.ofNullable(courante.getUserId());
  }

  public static <T> T executerEnTantQue(IdentityService identites, String utilisateur, List<String> groupes, Supplier<T> action) {
    return avec(identites, () -> identites.setAuthentication(utilisateur, groupes), action);
  }

  /** Runs engine calls as the system (no person: no authorization or tenant check), then gives the thread its identity back. */
  public static <T> T executerCommeSysteme(IdentityService identites, Supplier<T> action) {
    return avec(identites, identites::clearAuthentication, action);
  }

  private static <T> T avec(IdentityService identites, Runnable identite, Supplier<T> action) {
    Authentication precedente = identites.getCurrentAuthentication();
    identite.run();
    try {
      return action.get();
    } finally {
      if (precedente == null) {
        identites.clearAuthentication();
      } else {
        identites.setAuthentication(precedente);
      }
    }
  }
}
