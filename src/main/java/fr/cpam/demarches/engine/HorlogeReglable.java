package fr.cpam.demarches.engine;

import java.time.Duration;

/**
 * The one clock of the server (the engine's, which the application's {@code Clock} bean reads),
 * set ahead of real time by a training server's room clock. A bean: inject it. It keeps running
 * from there, as real time does; production never sets it.
 */
public interface HorlogeReglable {

  /** From now on the engine and every rule read real time plus {@code avance} (zero: real time). */
  void regler(Duration avance);
}
