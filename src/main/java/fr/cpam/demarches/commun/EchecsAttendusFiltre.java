package fr.cpam.demarches.commun;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Logback filter (logback-spring.xml): leaves out the engine's log of a job that failed on an
 * {@link EchecServiceExterne}, already logged as one WARN line with its dossier's reference. Any
 * other failure of a job is logged by the engine as before.
 */
public class EchecsAttendusFiltre extends TurboFilter {

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] parametres, Throwable erreur) {
    if (logger == null || !logger.getName().startsWith("org.camunda.bpm.engine")) {
      return FilterReply.NEUTRAL;
    }
    if (attendu(erreur)) {
      return FilterReply.DENY;
    }
    if (parametres != null) {
      for (Object parametre : parametres) {
        if (parametre instanceof Throwable t && attendu(t)) {
          return FilterReply.DENY;
        }
      }
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean attendu(Throwable erreur) {
    for (Throwable t = erreur; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof EchecServiceExterne) {
        return true;
      }
    }
    return false;
  }
}
