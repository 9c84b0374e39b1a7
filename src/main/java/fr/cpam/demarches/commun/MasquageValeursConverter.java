package fr.cpam.demarches.commun;

import ch.qos.logback.classic.spi.IThrowableProxy;
import java.util.regex.Pattern;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Logback converter for the stack traces ({@code %wEx}): the messages of exceptions, database
 * ones above all, quote the values they refused ({@code Value too long for column ...: 'the
 * text'}, {@code Key (reference)=(...) already exists}); a log keeps none of them, nor any NIR.
 * The failing statement, table and column stay.
 */
public class MasquageValeursConverter extends ExtendedWhitespaceThrowableProxyConverter {

  private static final Pattern ENTRE_APOSTROPHES = Pattern.compile("'(?:[^'\\n]|'')*'");
  private static final Pattern CLE_VALEUR = Pattern.compile("\\)=\\([^\\n]*?\\)(?= already| is not|\\.|$)");
  private static final Pattern LIGNE = Pattern.compile("(Failing row contains )\\([^\\n]*\\)");

  @Override
  protected String throwableProxyToString(IThrowableProxy tp) {
    return masquer(super.throwableProxyToString(tp));
  }

  public static String masquer(String texte) {
    if (texte == null || texte.isEmpty()) {
      return texte;
    }
    String sans = ENTRE_APOSTROPHES.matcher(texte).replaceAll("'…'");
    sans = CLE_VALEUR.matcher(sans).replaceAll(")=(…)");
    sans = LIGNE.matcher(sans).replaceAll("$1(…)");
    return MasquageNirConverter.masquer(sans);
  }
}
