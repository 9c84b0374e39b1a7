package fr.cpam.demarches.commun;

import java.time.ZoneId;

/**
 * The time zone of the business rules. "Now" is never read here: every rule gets the
 * application's {@link java.time.Clock} (a bean in Europe/Paris that follows the engine's clock)
 * injected, or the date from its caller.
 */
public final class Fuseau {

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private Fuseau() {}
}
