package fr.cpam.demarches.commun;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time of the business rules, in Europe/Paris. It reads the engine's clock so that a test
 * moving the engine clock (timers) moves the rules' "today" with it.
 */
public final class Horloge {

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private Horloge() {}

  public static Instant maintenant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate aujourdhui() {
    return LocalDate.ofInstant(maintenant(), PARIS);
  }

  public static ZonedDateTime maintenantAParis() {
    return maintenant().atZone(PARIS);
  }
}
