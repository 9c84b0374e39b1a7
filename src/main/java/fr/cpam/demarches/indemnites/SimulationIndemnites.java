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
      Etapes etapes) {}

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

  /**
   * @throws DemandeInvalideException every field to correct at once: dateDebutArret,
   *     salairesBruts, salairesBruts[i]
   */
  public Simulation simuler(LocalDate dateDebutArret, List<BigDecimal> salairesBruts) {
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
    if (!erreurs.isEmpty()) {
      throw new DemandeInvalideException(erreurs);
    }
    CalculIndemnites.MontantJournalier m = calcul.montantJournalier(dateDebutArret, salairesBruts);
    CalculIndemnites.Carence carence = calcul.carence(dateDebutArret, false, List.of());
    BaremesIndemnites.Taux taux = baremes.tauxAu(dateDebutArret);
    Etapes etapes = new Etapes(
        salairesBruts.stream().map(s -> s.min(m.plafondMensuel()).setScale(2, java.math.RoundingMode.HALF_UP)).toList(),
        baremes.diviseurSalaireJournalier(), m.smicMensuel(), taux.indemnite(), taux.csg(), taux.crds(), carence.jours());
    return new Simulation(m.salaireJournalierBase(), m.montantJournalierBrut(), m.csg(), m.crds(), m.montantJournalierNet(),
        m.plafonne(), carence.premierJourIndemnise(dateDebutArret), m.plafondMensuel(), etapes);
  }
}
