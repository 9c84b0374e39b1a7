package fr.cpam.demarches.commun;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Pattern;

/**
 * Logback converter for {@code %m}: masks anything that looks like a NIR (15 characters with
 * its key, or the 13 characters of a citizen's login) before it reaches a log line, whatever
 * the code (ours or the engine's) that logs it. Health data: a log never carries a full NIR.
 */
public class MasquageNirConverter extends MessageConverter {

  private static final Pattern NIR =
      Pattern.compile("(?<![0-9A-Za-z])([12])[ ]?(\\d{2})[ ]?\\d{2}[ ]?(?:\\d{2}|2A|2B)[ ]?\\d{3}[ ]?\\d{3}(?:[ ]?\\d{2})?(?![0-9A-Za-z])");

  @Override
  public String convert(ILoggingEvent event) {
    return masquer(super.convert(event));
  }

  /** The text with every NIR-like number reduced to its sex and year: {@code 2 85 ** ...}. */
  public static String masquer(String texte) {
    if (texte == null || texte.length() < 13) {
      return texte;
    }
    return NIR.matcher(texte).replaceAll("$1 $2 ** ** *** *** **");
  }
}
