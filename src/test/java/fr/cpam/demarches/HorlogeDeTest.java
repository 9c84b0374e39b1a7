package fr.cpam.demarches;

import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.engine.interne.HorlogeDuMoteur;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one way a test moves time. The application's {@link Clock} ({@code engine/interne/HorlogeDuMoteur},
 * decision 0081) reads the engine's clock: moving it here moves the timers, the due dates and
 * every rule's "today" together. As an extension it puts the system's time back before and after
 * each test, so that no test inherits another's date: {@link TestIntegration} registers it for
 * every full-context test; a unit test that moves time says {@code @ExtendWith(HorlogeDeTest.class)}.
 */
public final class HorlogeDeTest implements BeforeEachCallback, AfterEachCallback {

  /** The application's clock (Europe/Paris), for a rule built without Spring. */
  public static final Clock HORLOGE = new HorlogeDuMoteur();

  @Override
  public void beforeEach(ExtensionContext contexte) {
    remettre();
  }

  @Override
  public void afterEach(ExtensionContext contexte) {
    remettre();
  }

  /** Back to the system's time. */
  public static void remettre() {
    ClockUtil.reset();
  }

  /** Time stands at that instant until moved again. */
  public static void regler(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  public static void regler(ZonedDateTime moment) {
    regler(moment.toInstant());
  }

  /** That day, at that hour in Paris. */
  public static void regler(LocalDate jour, int heure) {
    regler(jour.atTime(heure, 0).atZone(Fuseau.PARIS));
  }

  /** Time stands still at the present instant (a test that counts a wait to the second). */
  public static void figer() {
    regler(Instant.now());
  }

  /** Time moves on by that duration (the clock stands at the new instant). */
  public static void avancer(Duration duree) {
    regler(maintenant().plus(duree));
  }

  /** Time moves on by that period of the Paris calendar (months have their own lengths). */
  public static void avancer(Period periode) {
    regler(maintenant().atZone(Fuseau.PARIS).plus(periode));
  }

  /** Past a timer or a due date set for that period: the period, then one minute. */
  public static void depasser(Period periode) {
    regler(maintenant().atZone(Fuseau.PARIS).plus(periode).plusMinutes(1));
  }

  public static void depasser(Duration duree) {
    avancer(duree.plusMinutes(1));
  }

  /** Past that instant by one minute (a task's due date, a timer's due date). */
  public static void depasser(Date echeance) {
    regler(echeance.toInstant().plusSeconds(60));
  }

  public static Instant maintenant() {
    return HORLOGE.instant();
  }

  public static LocalDate aujourdhui() {
    return LocalDate.now(HORLOGE);
  }
}
