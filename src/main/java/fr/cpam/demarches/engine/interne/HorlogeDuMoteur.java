package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.engine.HorlogeReglable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The application's {@link Clock} bean, in Europe/Paris: it reads the engine's clock ({@code
 * ClockUtil}, the system clock until someone sets it). So the engine and the rules never disagree
 * on "now": a test that moves the engine's clock to fire a timer moves every rule's "today" with
 * it, and a rule injected with this clock sees the due dates the engine computes. The engine has no
 * public API for its clock, hence this class behind the door. Unit tests may give a rule {@code
 * Clock.fixed(...)} instead.
 */
@Component
public final class HorlogeDuMoteur extends Clock implements HorlogeReglable {

  private final ZoneId zone;

  public HorlogeDuMoteur() {
    this(Fuseau.PARIS);
  }

  private HorlogeDuMoteur(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone);
  }

  /**
   * The engine's clock runs {@code avance} ahead of the system's ({@code ClockUtil.offset}): timers
   * and jobs fall due by it, every rule's "today" with it. A time a test froze
   * ({@code HorlogeDeTest}) stays frozen until put back.
   */
  @Override
  public void regler(Duration avance) {
    ClockUtil.offset(avance.toMillis());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId autre) {
    return autre.equals(zone) ? this : new HorlogeDuMoteur(autre);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public long millis() {
    return ClockUtil.getCurrentTime().getTime();
  }

  @Override
  public boolean equals(Object autre) {
    return autre instanceof HorlogeDuMoteur h && h.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return zone.hashCode();
  }

  @Override
  public String toString() {
    return "HorlogeDuMoteur[" + zone + "]";
  }
}
