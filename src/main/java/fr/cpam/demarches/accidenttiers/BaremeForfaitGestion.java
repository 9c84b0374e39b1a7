package fr.cpam.demarches.accidenttiers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dated scale of the indemnité forfaitaire de gestion (CSS L376-1), read from
 * {@code accidents-tiers.yml}: the fee is a third of the sums claimed, never below the minimum
 * nor above the maximum of the line in force on the day the claim is sent.
 */
@ConfigurationProperties("accidents-tiers")
record BaremeForfaitGestion(List<Ligne> forfaitGestion) {

  /** From {@code depuis}, the fee is between {@code minimum} and {@code maximum} euros. */
  record Ligne(LocalDate depuis, BigDecimal minimum, BigDecimal maximum) {}

  /** The fee of a claim, in cents, with the bounds and the line used. */
  record Forfait(long montant, long tiers, long minimum, long maximum, LocalDate baremeDepuis) {

    /** How it was computed, as the agent's form and the claim say it. */
    String explication() {
      String borne = montant == 0 ? "" : montant == minimum && tiers < minimum ? " porté au minimum de " + Montants.enClair(minimum)
          : montant == maximum && tiers > maximum ? " ramené au maximum de " + Montants.enClair(maximum) : "";
      return "un tiers des sommes réclamées (" + Montants.enClair(tiers) + ")" + borne + ", barème en vigueur depuis le "
          + ValidationDeclaration.JJ_MM_AAAA.format(baremeDepuis) + " (minimum " + Montants.enClair(minimum) + ", maximum "
          + Montants.enClair(maximum) + ")";
    }
  }

  /** The fee for a claim of {@code principal} cents sent on {@code jour}. */
  Forfait calculer(long principal, LocalDate jour) {
    Ligne ligne = forfaitGestion.stream()
        .filter(l -> !l.depuis().isAfter(jour))
        .max(Comparator.comparing(Ligne::depuis))
        .orElseThrow(() -> new IllegalStateException("Aucun barème de l'indemnité forfaitaire de gestion en vigueur le " + jour));
    long minimum = Montants.centimes(ligne.minimum());
    long maximum = Montants.centimes(ligne.maximum());
    long tiers = Montants.tiers(principal);
    // Nothing claimed, no fee: the minimum applies to a claim, not to an empty dossier.
    long montant = principal <= 0 ? 0 : Math.max(minimum, Math.min(maximum, tiers));
    return new Forfait(montant, tiers, minimum, maximum, ligne.depuis());
  }
}
