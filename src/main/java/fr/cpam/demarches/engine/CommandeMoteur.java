package fr.cpam.demarches.engine;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What a delegate or a listener may ask of the engine command it runs in, beyond the engine's
 * public API ({@code DelegateExecution}, the services). A bean: inject it.
 */
public interface CommandeMoteur {

  /** The person the running command acts for (Tasklist, REST API), if any. */
  Optional<String> utilisateur();

  /**
   * Runs {@code travail} without the caller's authorization checks, inside the running command;
   * directly when no command runs (a call from our own services).
   */
  <T> T sansAutorisation(Supplier<T> travail);

  /**
   * When the process instance started, as the engine's history recorded it; read from the
   * command's cache first, so that a dossier ending in the command that loaded it costs no query.
   */
  Optional<Instant> debutDuProcessus(String processInstanceId);

  /**
   * The root process instance of this execution: the dossier, when the execution runs in a model
   * the dossier called (the payment cycle of an arrêt). Read from the execution itself, no query.
   */
  String instanceRacine(DelegateExecution execution);
}
