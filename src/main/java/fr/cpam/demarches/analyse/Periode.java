package fr.cpam.demarches.analyse;

import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.commun.RequeteInvalideException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The days whose dossiers are analysed, both included, in Europe/Paris: a dossier belongs to the
 * period when it started in it. Without dates, the last 90 days up to today.
 *
 * @param du first day
 * @param au last day
 */
record Periode(LocalDate du, LocalDate au) {

  static final int JOURS_PAR_DEFAUT = 90;
  /** Two years at most: beyond, an analysis is an export for a process-mining tool. */
  static final int JOURS_AU_PLUS = 731;

  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * The period asked for, checked. {@code suffixe} names the parameters in the messages
   * ({@code du}, {@code duA}...).
   */
  static Periode de(LocalDate du, LocalDate au, String suffixe, LocalDate aujourdhui) {
    LocalDate fin = au == null ? aujourdhui : au;
    LocalDate debut = du == null ? fin.minusDays(JOURS_PAR_DEFAUT - 1) : du;
    if (fin.isAfter(aujourdhui)) {
      throw new RequeteInvalideException(
          "au" + suffixe, "La fin de la période (" + JJ_MM_AAAA.format(fin) + ") est dans le futur : choisissez au plus tard aujourd'hui.");
    }
    if (debut.isAfter(fin)) {
      throw new RequeteInvalideException(
          "du" + suffixe,
          "Le début de la période (" + JJ_MM_AAAA.format(debut) + ") est après sa fin (" + JJ_MM_AAAA.format(fin)
              + ") : inversez les deux dates.");
    }
    if (ChronoUnit.DAYS.between(debut, fin) + 1 > JOURS_AU_PLUS) {
      throw new RequeteInvalideException(
          "du" + suffixe,
          "La période dépasse " + JOURS_AU_PLUS + " jours : raccourcissez-la, ou exportez le journal des événements"
              + " pour un outil de fouille de processus.");
    }
    return new Periode(debut, fin);
  }

  /** The first instant of the period, for the database (the engine writes local times). */
  Timestamp debut() {
    return Timestamp.from(du.atStartOfDay(Fuseau.PARIS).toInstant());
  }

  /** The first instant after the period. */
  Timestamp fin() {
    return Timestamp.from(au.plusDays(1).atStartOfDay(Fuseau.PARIS).toInstant());
  }

  long jours() {
    return ChronoUnit.DAYS.between(du, au) + 1;
  }
}
