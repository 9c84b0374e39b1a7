package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * "Simuler mes indemnités journalières": the same calculation as an arrêt's, on the start date and
 * three gross salaries a citizen types, with what each step used. Nothing is recorded. The API
 * ({@code POST /api/indemnites-journalieres/simulations}) and the citizen's page ask here.
 */
@Service
public class SimulationIndemnites {

  private final CalculIndemnites calcul;
  private final BaremesIndemnites baremes;

  SimulationIndemnites(CalculIndemnites calcul, BaremesIndemnites baremes) {
    this.calcul = calcul;
    this.baremes = baremes;
  }

  /** The result, and what each step used (to explain it). */
  public record Simulation(
      BigDecimal salaireJournalierBase,
      BigDecimal montantJournalierBrut,
      BigDecimal csg,
      BigDecimal crds,
      BigDecimal montantJournalierNet,
      boolean plafonne,
      LocalDate premierJourIndemnise,
      BigDecimal plafondSalaireMensuel,
      Periode periode,
      Etapes etapes) {}

  /** What a period of the arrêt would pay (14 days by default: one payment), rounded as its payment. */
  public record Periode(LocalDate debut, LocalDate fin, int jours, BigDecimal brut, BigDecimal csg, BigDecimal crds, BigDecimal net) {}

  /** Days of a period when the citizen names none: the rhythm of the payments. */
  public static final int JOURS_PERIODE_PAR_DEFAUT = 14;

  /**
   * @param salairesRetenus the three salaries as counted (each at most the ceiling)
   * @param diviseur what their total is divided by (91,25)
   * @param tauxIndemnite share of the daily base paid (0,5)
   * @param joursCarence waiting days of a first arrêt
   */
  public record Etapes(
      List<BigDecimal> salairesRetenus,
      BigDecimal diviseur,
      BigDecimal smicMensuel,
      BigDecimal tauxIndemnite,
      BigDecimal tauxCsg,
      BigDecimal tauxCrds,
      int joursCarence) {}

  /** The default period: {@value #JOURS_PERIODE_PAR_DEFAUT} days from the first day paid. */
  public Simulation simuler(LocalDate dateDebutArret, List<BigDecimal> salairesBruts) {
    return simuler(dateDebutArret, salairesBruts, null, null);
  }

  /**
   * @param debutPeriode first day of the period to estimate, or null: the first day paid
   * @param joursPeriode its days (1 to 366), or null: {@value #JOURS_PERIODE_PAR_DEFAUT}
   * @throws DemandeInvalideException every field to correct at once: dateDebutArret,
   *     salairesBruts, salairesBruts[i], debutPeriode, joursPeriode
   */
  public Simulation simuler(LocalDate dateDebutArret, List<BigDecimal> salairesBruts, LocalDate debutPeriode, Integer joursPeriode) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    if (dateDebutArret == null) {
      erreurs.add(new ErreurChamp("dateDebutArret", "Indiquez le premier jour de l'arrêt."));
    } else {
      try {
        baremes.verifierCalculable("dateDebutArret", dateDebutArret);
      } catch (DemandeInvalideException e) {
        erreurs.addAll(e.erreurs());
      }
    }
    if (salairesBruts == null) {
      erreurs.add(new ErreurChamp("salairesBruts", "Indiquez vos trois derniers salaires bruts mensuels."));
    } else if (salairesBruts.size() != 3) {
      erreurs.add(new ErreurChamp("salairesBruts", "Indiquez exactement vos trois derniers salaires bruts mensuels."));
    } else {
      for (int i = 0; i < 3; i++) {
        BigDecimal salaire = salairesBruts.get(i);
        String champ = "salairesBruts[" + i + "]";
        if (salaire == null) {
          erreurs.add(new ErreurChamp(champ, "Indiquez chaque salaire brut."));
        } else if (salaire.signum() < 0) {
          erreurs.add(new ErreurChamp(champ, "Un salaire brut ne peut pas être négatif."));
        } else if (salaire.compareTo(ArretTravailService.SALAIRE_MAX) > 0) {
          erreurs.add(new ErreurChamp(champ, "Un salaire brut dépasse 1 000 000 € : vérifiez le montant."));
        }
      }
    }
    if (joursPeriode != null && joursPeriode < 1) {
      erreurs.add(new ErreurChamp("joursPeriode", "Une période compte au moins 1 jour."));
    } else if (joursPeriode != null && joursPeriode > 366) {
      erreurs.add(new ErreurChamp("joursPeriode", "Une période compte au plus 366 jours."));
    }
    LocalDate premierJour = dateDebutArret == null ? null
        : calcul.carence(dateDebutArret, false, List.of()).premierJourIndemnise(dateDebutArret);
    if (premierJour != null && debutPeriode != null && debutPeriode.isBefore(premierJour)) {
      erreurs.add(new ErreurChamp("debutPeriode", "La période commence au plus tôt le premier jour indemnisé, le "
          + Textes.date(premierJour) + " (après les 3 jours de carence)."));
    }
    if (!erreurs.isEmpty()) {
      throw new DemandeInvalideException(erreurs);
    }
    LocalDate debut = debutPeriode == null ? premierJour : debutPeriode;
    int jours = joursPeriode == null ? JOURS_PERIODE_PAR_DEFAUT : joursPeriode;
    CalculIndemnites.MontantJournalier m = calcul.montantJournalier(dateDebutArret, salairesBruts);
    CalculIndemnites.Carence carence = calcul.carence(dateDebutArret, false, List.of());
    BaremesIndemnites.Taux taux = baremes.tauxAu(dateDebutArret);
    Etapes etapes = new Etapes(
        salairesBruts.stream().map(s -> s.min(m.plafondMensuel()).setScale(2, java.math.RoundingMode.HALF_UP)).toList(),
        baremes.diviseurSalaireJournalier(), m.smicMensuel(), taux.indemnite(), taux.csg(), taux.crds(), carence.jours());
    CalculIndemnites.MontantPeriode p = calcul.montantPeriode(m.montantJournalierBrut(), jours, debut);
    return new Simulation(m.salaireJournalierBase(), m.montantJournalierBrut(), m.csg(), m.crds(), m.montantJournalierNet(),
        m.plafonne(), premierJour, m.plafondMensuel(),
        new Periode(debut, debut.plusDays(jours - 1L), jours, p.brut(), p.csg(), p.crds(), p.net()), etapes);
  }
}
