package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.DemandeInvalideException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dated values of the daily-allowance rules (SMIC, cap of the salaries, rates), read from
 * {@code indemnites.yml}. Each value has the date from which it applies, so that an arrêt is
 * always computed with the values of its own dates, even after a new SMIC.
 */
@ConfigurationProperties("indemnites.baremes")
record BaremesIndemnites(
    List<Smic> smic,
    List<Plafond> plafonds,
    List<Taux> taux,
    BigDecimal diviseurSalaireJournalier,
    int carenceJours,
    int maximumIndemnites,
    int periodeMaximumAnnees,
    int rythmeVersementJours) {

  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The gross SMIC from a date: per hour and per month (35 h). */
  record Smic(LocalDate depuis, BigDecimal horaire, BigDecimal mensuel) {}

  /** Each salary counts up to {@code coefficient} × the monthly SMIC, for arrêts from a date. */
  record Plafond(LocalDate arretsDepuis, BigDecimal coefficient) {}

  /** Share of the base daily salary paid, and the CSG and CRDS withheld, from a date. */
  record Taux(LocalDate depuis, BigDecimal indemnite, BigDecimal csg, BigDecimal crds) {}

  /** The SMIC in force on a day. */
  Smic smicAu(LocalDate jour) {
    return enVigueur(smic, Smic::depuis, jour, "SMIC");
  }

  /** The SMIC an arrêt uses: the one in force on the last day of the month before its first day. */
  Smic smicPourArret(LocalDate debutArret) {
    return smicAu(debutArret.withDayOfMonth(1).minusDays(1));
  }

  Plafond plafondPourArret(LocalDate debutArret) {
    return enVigueur(plafonds, Plafond::arretsDepuis, debutArret, "plafond des salaires");
  }

  Taux tauxAu(LocalDate jour) {
    return enVigueur(taux, Taux::depuis, jour, "taux");
  }

  /** The first day an arrêt may start for every value it needs to be known. */
  LocalDate premierDebutCalculable() {
    LocalDate smicConnu = smic.stream().map(Smic::depuis).min(Comparator.naturalOrder()).orElseThrow();
    // The SMIC in force at the end of the month before the arrêt must be known.
    LocalDate parSmic = smicConnu.withDayOfMonth(1).plusMonths(1);
    return List.of(
            parSmic,
            plafonds.stream().map(Plafond::arretsDepuis).min(Comparator.naturalOrder()).orElseThrow(),
            taux.stream().map(Taux::depuis).min(Comparator.naturalOrder()).orElseThrow())
        .stream()
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }

  /** Refuses an arrêt that starts before the values the calculation needs, naming the field. */
  void verifierCalculable(String champ, LocalDate debutArret) {
    LocalDate premier = premierDebutCalculable();
    if (debutArret.isBefore(premier)) {
      throw new DemandeInvalideException(
          champ,
          "Les barèmes connus permettent de calculer les indemnités des arrêts commençant à partir du "
              + JJ_MM_AAAA.format(premier) + ".");
    }
  }

  private static <T> T enVigueur(List<T> valeurs, Function<T, LocalDate> depuis, LocalDate jour, String quoi) {
    return valeurs.stream()
        .filter(v -> !depuis.apply(v).isAfter(jour))
        .max(Comparator.comparing(depuis))
        .orElseThrow(() -> new IllegalStateException("Aucune valeur de " + quoi + " en vigueur le " + jour));
  }
}
