package fr.cpam.demarches.commun;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The time of the business rules, in Europe/Paris. It reads the engine's clock (set at start-up
 * by the engine's door, {@code engine.interne.HorlogeDuMoteur}), so that a test moving the engine
 * clock (timers) moves the rules' "today" with it; the system clock until then.
 */
public final class Horloge {

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static volatile Supplier<Instant> source = Instant::now;

  private Horloge() {}

  /** Where the time is read from: the engine's clock, once the engine is configured. */
  public static void lireSur(Supplier<Instant> nouvelleSource) {
    source = Objects.requireNonNull(nouvelleSource);
  }

  public static Instant maintenant() {
    return source.get();
  }

  public static LocalDate aujourdhui() {
    return LocalDate.ofInstant(maintenant(), PARIS);
  }

  public static ZonedDateTime maintenantAParis() {
    return maintenant().atZone(PARIS);
  }
}
