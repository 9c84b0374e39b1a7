package fr.cpam.demarches.accidenttiers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts of this procedure: whole cents in a {@code long}, never a floating-point number. An
 * amount typed by an agent ("420,50", "420.5", "1 234,56") is read as a decimal text; an amount
 * from "Mes paiements" (a {@link BigDecimal} of scale 2) is converted exactly.
 */
final class Montants {

  /** Up to 9 999 999,99 €, two decimals at most, a comma or a point, spaces between thousands. */
  private static final Pattern SAISIE = Pattern.compile("\\d{1,7}([.,]\\d{1,2})?");

  private Montants() {}

  /** The cents of a typed amount, or empty when the text is not an amount in euros. */
  static Optional<Long> lire(String saisie) {
    if (saisie == null) {
      return Optional.empty();
    }
    String propre = saisie.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace("€", "").strip();
    if (!SAISIE.matcher(propre).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(propre.replace(',', '.')).movePointRight(2).longValueExact());
  }

  /** The cents of an amount of "Mes paiements" (scale 2 or less). */
  static long centimes(BigDecimal euros) {
    return euros.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
  }

  /** The euros of an amount in cents, scale 2. */
  static BigDecimal euros(long centimes) {
    return BigDecimal.valueOf(centimes, 2);
  }

  /** "1 234,56 €", as French readers write it. */
  static String enClair(long centimes) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(euros(centimes)).replace('\u202f', ' ').replace('\u00a0', ' ') + " €";
  }

  /** A third of an amount, to the nearest cent (half a cent up). */
  static long tiers(long centimes) {
    return BigDecimal.valueOf(centimes).divide(BigDecimal.valueOf(3), 0, RoundingMode.HALF_UP).longValueExact();
  }
}
