package fr.cpam.demarches.commun;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working days of a CPAM: Monday to Friday, except the French public holidays (Code du
 * travail, L3133-1). The holidays are computed for any year, never listed by hand: the eight
 * fixed ones (1 January, 1 May, 8 May, 14 July, 15 August, 1 November, 11 November,
 * 25 December) and the three that follow Easter (Easter Monday, Ascension Thursday 39 days after
 * Easter, Whit Monday 50 days after), Easter being computed with the Meeus/Jones/Butcher
 * algorithm of the Gregorian calendar.
 *
 * <p>Whit Monday counts as a holiday: it is the usual "journée de solidarité" but stays a
 * public holiday in the law and CPAM offices close. The local holidays of Alsace-Moselle (Good
 * Friday, 26 December) and of the overseas departments are not included.
 *
 * <p>Pure rules; "now" is the clock it is given. It is the Spring bean {@code calendrierOuvre}
 * so that BPMN expressions can compute due dates, for example {@code
 * camunda:dueDate="${calendrierOuvre.echeance(2)}"}; with the application's clock, a test that
 * moves the engine clock moves the due dates with it.
 */
@BeanDeProcessus("calendrierOuvre")
public class CalendrierOuvre {

  private final Clock horloge;

  /** @param horloge "now" of {@link #echeance(int)}: the application's clock, which follows the engine's */
  public CalendrierOuvre(Clock horloge) {
    this.horloge = horloge;
  }

  private static final Map<Integer, Map<LocalDate, String>> FERIES_PAR_ANNEE = new ConcurrentHashMap<>();

  /** Easter Sunday of a year of the Gregorian calendar (Meeus/Jones/Butcher). */
  public LocalDate paques(int annee) {
    int a = annee % 19;
    int b = annee / 100;
    int c = annee % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int mois = (h + l - 7 * m + 114) / 31;
    int jour = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(annee, mois, jour);
  }

  /** The public holidays of a year with their French names, in date order. */
  public Map<LocalDate, String> feries(int annee) {
    return FERIES_PAR_ANNEE.computeIfAbsent(annee, this::calculerFeries);
  }

  private Map<LocalDate, String> calculerFeries(int annee) {
    Map<LocalDate, String> feries = new TreeMap<>();
    feries.put(LocalDate.of(annee, Month.JANUARY, 1), "Jour de l'an");
    feries.put(LocalDate.of(annee, Month.MAY, 1), "Fête du travail");
    feries.put(LocalDate.of(annee, Month.MAY, 8), "Victoire 1945");
    feries.put(LocalDate.of(annee, Month.JULY, 14), "Fête nationale");
    feries.put(LocalDate.of(annee, Month.AUGUST, 15), "Assomption");
    feries.put(LocalDate.of(annee, Month.NOVEMBER, 1), "Toussaint");
    feries.put(LocalDate.of(annee, Month.NOVEMBER, 11), "Armistice 1918");
    feries.put(LocalDate.of(annee, Month.DECEMBER, 25), "Noël");
    LocalDate paques = paques(annee);
    feries.put(paques.plusDays(1), "Lundi de Pâques");
    feries.put(paques.plusDays(39), "Ascension");
    feries.put(paques.plusDays(50), "Lundi de Pentecôte");
    return Collections.unmodifiableMap(feries);
  }

  public boolean estFerie(LocalDate jour) {
    return feries(jour.getYear()).containsKey(jour);
  }

  /** A working day: neither Saturday, Sunday nor a public holiday. */
  public boolean estOuvre(LocalDate jour) {
    DayOfWeek j = jour.getDayOfWeek();
    return j != DayOfWeek.SATURDAY && j != DayOfWeek.SUNDAY && !estFerie(jour);
  }

  /**
   * The day that is {@code joursOuvres} working days after {@code depuis} (not counting
   * {@code depuis} itself). With 0, the first working day from {@code depuis} on.
   */
  public LocalDate ajouterJoursOuvres(LocalDate depuis, int joursOuvres) {
    if (joursOuvres < 0) {
      throw new IllegalArgumentException("Nombre de jours ouvrés négatif : " + joursOuvres);
    }
    LocalDate jour = depuis;
    if (joursOuvres == 0) {
      while (!estOuvre(jour)) {
        jour = jour.plusDays(1);
      }
      return jour;
    }
    int restants = joursOuvres;
    while (restants > 0) {
      jour = jour.plusDays(1);
      if (estOuvre(jour)) {
        restants--;
      }
    }
    return jour;
  }

  /**
   * A due date {@code joursOuvres} working days after a moment, at the same time of day in
   * Paris: a message received on Friday at 15:00 with 2 working days is due on Tuesday at 15:00
   * (on Wednesday if Monday is a holiday).
   */
  public ZonedDateTime echeance(ZonedDateTime depuis, int joursOuvres) {
    ZonedDateTime aParis = depuis.withZoneSameInstant(Fuseau.PARIS);
    LocalDate jour = ajouterJoursOuvres(aParis.toLocalDate(), joursOuvres);
    return jour.atTime(aParis.toLocalTime()).atZone(Fuseau.PARIS);
  }

  /**
   * For BPMN expressions ({@code camunda:dueDate}, timers): the due date {@code joursOuvres}
   * working days from now, as the engine expects it.
   */
  public Date echeance(int joursOuvres) {
    return Date.from(echeance(ZonedDateTime.now(horloge), joursOuvres).toInstant());
  }
}
