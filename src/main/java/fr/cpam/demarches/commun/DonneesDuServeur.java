package fr.cpam.demarches.commun;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What our own code hands to the process it starts or continues, in the same thread: the
 * conversation our API has already recorded, a form our API fills itself. A request to the
 * engine can send any variable, never these: a listener or delegate that must trust a value
 * reads it here, not in the process variables (docs/securite.md).
 */
public final class DonneesDuServeur {

  private static final ThreadLocal<Map<String, Object>> DONNEES = new ThreadLocal<>();

  private DonneesDuServeur() {}

  /** Runs the engine call with these values readable by the listeners and delegates it runs. */
  public static <T> T avec(Map<String, Object> donnees, Supplier<T> action) {
    Map<String, Object> precedentes = DONNEES.get();
    DONNEES.set(Map.copyOf(donnees));
    try {
      return action.get();
    } finally {
      if (precedentes == null) {
        DONNEES.remove();
      } else {
        DONNEES.set(precedentes);
      }
    }
  }

  /** A value handed by our code for the call under way, if any. */
  public static Optional<Object> lire(String nom) {
    Map<String, Object> donnees = DONNEES.get();
    return donnees == null ? Optional.empty() : Optional.ofNullable(donnees.get(nom));
  }
}
