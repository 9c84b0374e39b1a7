package fr.cpam.demarches.engine;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * A citizen login of its own for a test that locks it or changes it, so that the demo accounts
 * stay usable by the other tests of the shared context. Engine identity only (no account record):
 * enough for the webapps and the lockout.
 */
public final class CitoyenDeTest {

  private CitoyenDeTest() {}

  /** Creates a citizen with a random 13-character identifier and the given code; returns the id. */
  public static String creer(IdentityService identityService, String code) {
    String identifiant =
        "1" + String.format("%012d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000_000L));
    User citoyen = identityService.newUser(identifiant);
    citoyen.setFirstName("Paul");
    citoyen.setLastName("TESTEUR");
    citoyen.setPassword(code);
    identityService.saveUser(citoyen);
    identityService.createMembership(identifiant, Groupes.ASSURES);
    return identifiant;
  }
}
