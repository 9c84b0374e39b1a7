package fr.cpam.demarches.engine;

import fr.cpam.demarches.engine.interne.IdentiteTemporaire;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineServices;

/**
 * The person the engine runs the current command for (Tasklist, the engine's REST API, or our
 * API through {@link MoteurAuthentifie}), read from a delegate or a listener: who completes a
 * task, who starts a dossier. Empty for the job executor and for system calls.
 */
public final class UtilisateurMoteur {

  private UtilisateurMoteur() {}

  public static Optional<String> de(ProcessEngineServices moteur) {
    // The engine hands the current identity out as an internal type: read through the door.
    return IdentiteTemporaire.utilisateurCourant(moteur.getIdentityService());
  }
}
