package fr.cpam.demarches.engine;

import fr.cpam.demarches.engine.interne.IdentiteTemporaire;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the person who calls our API, so that the engine checks their
 * authorizations and records them (the {@code initiator} of a process, the user who completed
 * a task, the user operation log).
 *
 * <p>Our {@code /api} services otherwise call the engine as the system, after checking the
 * caller's rights themselves (a citizen's dossiers are found by their NIR). Use this class when
 * the engine itself must know the person: starting a citizen procedure, completing a task.
 */
@Component
public class MoteurAuthentifie {

  private final IdentityService identityService;

  MoteurAuthentifie(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T executer(Supplier<T> action) {
    return executerEnTantQue(UtilisateurConnecte.idObligatoire(), UtilisateurConnecte.groupes(), action);
  }

  /**
   * Runs engine calls as a given person, for work the CPAM does on their behalf outside any
   * request of theirs (the first card order opened at 16 in the account of a parent).
   */
  public <T> T executerEnTantQue(String utilisateur, java.util.List<String> groupes, Supplier<T> action) {
    return IdentiteTemporaire.executerEnTantQue(identityService, utilisateur, groupes, action);
  }

  /**
   * Runs engine calls as the system, whoever the thread runs for, then gives it its identity
   * back: what the outside world does in a dossier (an employer's attestation) after a person's
   * request committed.
   */
  public <T> T executerCommeSysteme(Supplier<T> action) {
    return IdentiteTemporaire.executerCommeSysteme(identityService, action);
  }

  public void executer(Runnable action) {
    executer(
        () -> {
          action.run();
          return null;
        });
  }
}
