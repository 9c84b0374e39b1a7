package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.engine.AccesAssure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A citizen estimates their daily allowance before or during a sick leave. Nothing is recorded. */
@RestController
@Tag(name = "Indemnités journalières", description = "Estimer le montant de ses indemnités journalières")
@AccesAssure
class SimulationController {

  private final CalculIndemnites calcul;
  private final BaremesIndemnites baremes;

  SimulationController(CalculIndemnites calcul, BaremesIndemnites baremes) {
    this.calcul = calcul;
    this.baremes = baremes;
  }

  record SimulationRequete(
      @NotNull(message = "Indiquez le premier jour de l'arrêt.") LocalDate dateDebutArret,
      @NotNull(message = "Indiquez vos trois derniers salaires bruts mensuels.")
          @Size(min = 3, max = 3, message = "Indiquez exactement vos trois derniers salaires bruts mensuels.")
          List<@NotNull(message = "Indiquez chaque salaire brut.") BigDecimal> salairesBruts) {}

  record SimulationReponse(
      BigDecimal salaireJournalierBase,
      BigDecimal montantJournalierBrut,
      BigDecimal csg,
      BigDecimal crds,
      BigDecimal montantJournalierNet,
      boolean plafonne,
      LocalDate premierJourIndemnise,
      BigDecimal plafondSalaireMensuel) {}

  @PostMapping("/api/indemnites-journalieres/simulations")
  @Operation(
      summary = "Simuler ses indemnités journalières",
      description =
          "Salaire journalier de base (3 derniers salaires bruts ÷ 91,25, chacun plafonné à 1,4 SMIC pour les arrêts depuis"
              + " le 01/04/2025), indemnité brute (50 %), CSG (6,2 %) et CRDS (0,5 %) retenues, indemnité nette, et premier"
              + " jour indemnisé après 3 jours de carence. Une estimation : le montant réel dépend de l'attestation de"
              + " l'employeur.")
  SimulationReponse simuler(@Valid @RequestBody SimulationRequete requete) {
    for (int i = 0; i < 3; i++) {
      BigDecimal salaire = requete.salairesBruts().get(i);
      if (salaire.signum() < 0) {
        throw new DemandeInvalideException("salairesBruts[" + i + "]", "Un salaire brut ne peut pas être négatif.");
      }
      if (salaire.compareTo(ArretTravailService.SALAIRE_MAX) > 0) {
        throw new DemandeInvalideException("salairesBruts[" + i + "]", "Un salaire brut dépasse 1 000 000 € : vérifiez le montant.");
      }
    }
    baremes.verifierCalculable("dateDebutArret", requete.dateDebutArret());
    CalculIndemnites.MontantJournalier m = calcul.montantJournalier(requete.dateDebutArret(), requete.salairesBruts());
    return new SimulationReponse(
        m.salaireJournalierBase(),
        m.montantJournalierBrut(),
        m.csg(),
        m.crds(),
        m.montantJournalierNet(),
        m.plafonne(),
        calcul.carence(requete.dateDebutArret(), false, List.of()).premierJourIndemnise(requete.dateDebutArret()),
        m.plafondMensuel());
  }
}
