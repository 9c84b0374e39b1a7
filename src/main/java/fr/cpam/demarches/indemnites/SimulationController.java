package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.engine.AccesAssure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A citizen estimates their daily allowance before or during a sick leave. Nothing is recorded.
 * The checks and the calculation are {@link SimulationIndemnites}' (the same as the page's).
 */
@RestController
@Tag(name = "Indemnités journalières", description = "Estimer le montant de ses indemnités journalières")
@AccesAssure
class SimulationController {

  private final SimulationIndemnites simulation;

  SimulationController(SimulationIndemnites simulation) {
    this.simulation = simulation;
  }

  record SimulationRequete(LocalDate dateDebutArret, List<BigDecimal> salairesBruts) {}

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
  SimulationReponse simuler(@RequestBody SimulationRequete requete) {
    SimulationIndemnites.Simulation s = simulation.simuler(requete.dateDebutArret(), requete.salairesBruts());
    return new SimulationReponse(s.salaireJournalierBase(), s.montantJournalierBrut(), s.csg(), s.crds(), s.montantJournalierNet(),
        s.plafonne(), s.premierJourIndemnise(), s.plafondSalaireMensuel());
  }
}
