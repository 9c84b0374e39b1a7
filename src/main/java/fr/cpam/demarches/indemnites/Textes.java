package fr.cpam.demarches.indemnites;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** French formatting of the dates and amounts the citizen reads. */
final class Textes {

  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Textes() {}

  static String date(LocalDate date) {
    return JJ_MM_AAAA.format(date);
  }

  static String euros(BigDecimal montant) {
    return String.format(Locale.FRANCE, "%,.2f €", montant);
  }

  /** "123 456 789 00012", as a SIRET is printed. */
  static String siret(String siret) {
    return siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " " + siret.substring(9);
  }
}
