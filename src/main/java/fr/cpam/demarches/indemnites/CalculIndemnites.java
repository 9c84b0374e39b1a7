package fr.cpam.demarches.indemnites;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The daily allowance of a salaried worker on sick leave (docs/regles-metier.md), with the values of
 * the arrêt's own dates taken from {@link BaremesIndemnites}.
 *
 * <p>Rounding: every intermediate result keeps full precision; only what a person reads or is
 * paid is rounded to the cent, half up. The allowance is computed from the unrounded base
 * salary (1.4 × 1 823.03 × 3 ÷ 91.25 ÷ 2 gives 41.95, not the 41.96 a rounded base would give).
 * One rounding for the money of a period, {@link #montantPeriode}: the daily allowance (rounded)
 * × the days, then CSG and CRDS on that gross, each rounded. The payment pays it, the simulation
 * shows it for the same period (and for one day), so that both say the same net to the cent
 * (docs/regles-metier.md, « Montant net d'une période »).
 */
@Component
public class CalculIndemnites {

  private static final int PRECISION = 10;

  private final BaremesIndemnites baremes;

  CalculIndemnites(BaremesIndemnites baremes) {
    this.baremes = baremes;
  }

  /** What one day of allowance is worth, and how it was obtained. */
  public record MontantJournalier(
      BigDecimal salaireJournalierBase,
      BigDecimal montantJournalierBrut,
      BigDecimal csg,
      BigDecimal crds,
      BigDecimal montantJournalierNet,
      boolean plafonne,
      BigDecimal smicMensuel,
      BigDecimal plafondMensuel) {}

  /** The waiting days of an arrêt and why. */
  public record Carence(int jours, String motif) {
    public LocalDate premierJourIndemnise(LocalDate debutArret) {
      return debutArret.plusDays(jours);
    }
  }

  /** An earlier arrêt of the same person, for the carence rules. */
  record ArretAnterieur(LocalDate debut, LocalDate dernierJour, boolean ald, int carenceJours) {}

  /** The money of a payment period: gross, withholdings, net. */
  public record MontantPeriode(int jours, BigDecimal brut, BigDecimal csg, BigDecimal crds, BigDecimal net) {
    public BigDecimal retenues() {
      return csg.add(crds);
    }
  }

  /**
   * SJB = the three last gross monthly salaries, each capped at coefficient × the monthly SMIC
   * in force at the end of the month before the arrêt, divided by 91.25; IJ = 50 % of the SJB.
   */
  MontantJournalier montantJournalier(LocalDate debutArret, List<BigDecimal> salairesBruts) {
    if (salairesBruts.size() != 3) {
      throw new IllegalArgumentException("Trois salaires attendus");
    }
    BaremesIndemnites.Smic smic = baremes.smicPourArret(debutArret);
    BigDecimal plafond = smic.mensuel().multiply(baremes.plafondPourArret(debutArret).coefficient());
    BigDecimal total = BigDecimal.ZERO;
    boolean plafonne = false;
    for (BigDecimal salaire : salairesBruts) {
      plafonne |= salaire.compareTo(plafond) > 0;
      total = total.add(salaire.min(plafond));
    }
    BigDecimal sjb = total.divide(baremes.diviseurSalaireJournalier(), PRECISION, RoundingMode.HALF_UP);
    BaremesIndemnites.Taux taux = baremes.tauxAu(debutArret);
    BigDecimal ij = cent(sjb.multiply(taux.indemnite()));
    MontantPeriode unJour = montantPeriode(ij, 1, debutArret);
    return new MontantJournalier(
        cent(sjb), ij, unJour.csg(), unJour.crds(), unJour.net(), plafonne, cent(smic.mensuel()), cent(plafond));
  }

  /**
   * Three waiting days, except: none for a new arrêt that starts within 48 hours of the return
   * to work after the previous one (at most two days worked in between), and for an arrêt
   * linked to an ALD only the first one of a 3-year period has a carence. A prolongation is not
   * a new arrêt: it keeps the carence of its dossier.
   */
  Carence carence(LocalDate debut, boolean ald, List<ArretAnterieur> anterieurs) {
    Optional<ArretAnterieur> repriseCourte =
        anterieurs.stream()
            .filter(a -> a.dernierJour().isBefore(debut))
            .filter(a -> ChronoUnit.DAYS.between(a.dernierJour(), debut) <= 3)
            .findFirst();
    if (repriseCourte.isPresent()) {
      return new Carence(0, "Nouvel arrêt moins de 48 heures après la reprise du travail : pas de délai de carence.");
    }
    if (ald) {
      LocalDate debutPeriode = debut.minusYears(baremes.periodeMaximumAnnees());
      Optional<ArretAnterieur> carenceAld =
          anterieurs.stream()
              .filter(a -> a.ald() && a.carenceJours() > 0 && a.debut().isAfter(debutPeriode) && a.debut().isBefore(debut))
              .findFirst();
      if (carenceAld.isPresent()) {
        return new Carence(
            0,
            "Arrêt lié à une affection de longue durée : le délai de carence a déjà été appliqué le "
                + carenceAld.get().debut().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + ", une seule fois par période de 3 ans.");
      }
    }
    int jours = baremes.carenceJours();
    return new Carence(jours, "Délai de carence de " + jours + " jours : les indemnités sont dues à partir du "
        + (jours + 1) + "e jour d'arrêt.");
  }

  /**
   * The days of {@code du..au} that may be paid: all of them for an ALD; otherwise at most 360
   * allowances over any 3 years (sliding, "de date à date"), counting the days already paid
   * outside ALD.
   */
  List<LocalDate> joursIndemnisables(LocalDate du, LocalDate au, boolean ald, List<LocalDate> dejaIndemnisesHorsAld) {
    List<LocalDate> jours = new ArrayList<>();
    TreeSet<LocalDate> indemnises = new TreeSet<>(dejaIndemnisesHorsAld);
    for (LocalDate jour = du; !jour.isAfter(au); jour = jour.plusDays(1)) {
      if (ald) {
        jours.add(jour);
        continue;
      }
      LocalDate debutFenetre = jour.minusYears(baremes.periodeMaximumAnnees()).plusDays(1);
      int dansLaFenetre = indemnises.subSet(debutFenetre, true, jour, true).size();
      if (dansLaFenetre < baremes.maximumIndemnites()) {
        jours.add(jour);
        indemnises.add(jour);
      }
    }
    return jours;
  }

  /**
   * The money of a period, the one rounding of the payment and of the simulation: gross = daily
   * allowance × days; CSG and CRDS on the gross of the period, each rounded to the cent; net =
   * gross − CSG − CRDS. The rates are those in force on the first day of the period.
   */
  MontantPeriode montantPeriode(BigDecimal montantJournalier, int jours, LocalDate debutPeriode) {
    BaremesIndemnites.Taux taux = baremes.tauxAu(debutPeriode);
    BigDecimal brut = cent(montantJournalier.multiply(BigDecimal.valueOf(jours)));
    BigDecimal csg = cent(brut.multiply(taux.csg()));
    BigDecimal crds = cent(brut.multiply(taux.crds()));
    return new MontantPeriode(jours, brut, csg, crds, brut.subtract(csg).subtract(crds));
  }

  static BigDecimal cent(BigDecimal montant) {
    return montant.setScale(2, RoundingMode.HALF_UP);
  }

  /** Days of an arrêt, both ends included. */
  static long duree(LocalDate debut, LocalDate fin) {
    return ChronoUnit.DAYS.between(debut, fin) + 1;
  }
}
