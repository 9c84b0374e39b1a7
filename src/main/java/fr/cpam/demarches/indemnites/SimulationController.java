package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.engine.securite.AccesAssure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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

  record SimulationRequete(
      LocalDate dateDebutArret,
      List<BigDecimal> salairesBruts,
      @Schema(description = "Premier jour de la période à estimer ; par défaut le premier jour indemnisé")
          LocalDate debutPeriode,
      @Schema(description = "Nombre de jours de la période à estimer, de 1 à 366 ; par défaut 14 (un versement)")
          Integer joursPeriode) {}

  record SimulationReponse(
      BigDecimal salaireJournalierBase,
      BigDecimal montantJournalierBrut,
      BigDecimal csg,
      BigDecimal crds,
      BigDecimal montantJournalierNet,
      boolean plafonne,
      LocalDate premierJourIndemnise,
      BigDecimal plafondSalaireMensuel,
      @Schema(description = "Premier jour de la période estimée") LocalDate debutPeriode,
      @Schema(description = "Dernier jour de la période estimée") LocalDate finPeriode,
      int joursPeriode,
      @Schema(description = "Indemnité brute de la période : indemnité journalière × jours") BigDecimal montantBrutPeriode,
      @Schema(description = "CSG (6,2 %) retenue sur le brut de la période, arrondie au centime") BigDecimal csgPeriode,
      @Schema(description = "CRDS (0,5 %) retenue sur le brut de la période, arrondie au centime") BigDecimal crdsPeriode,
      @Schema(description = "Net de la période : ce que verse le paiement de ces jours, au centime près") BigDecimal montantNetPeriode) {}

  @PostMapping("/api/indemnites-journalieres/simulations")
  @Operation(
      summary = "Simuler ses indemnités journalières",
      description =
          "Salaire journalier de base (3 derniers salaires bruts ÷ 91,25, chacun plafonné à 1,4 SMIC pour les arrêts depuis"
              + " le 01/04/2025), indemnité brute (50 %), CSG (6,2 %) et CRDS (0,5 %) retenues, indemnité nette, et premier"
              + " jour indemnisé après 3 jours de carence ; et pour une période (14 jours par défaut, un versement) le brut,"
              + " la CSG et la CRDS retenues sur le brut de la période et le net, arrondis comme le versement de ces jours."
              + " Une estimation : le montant réel dépend de l'attestation de l'employeur.")
  SimulationReponse simuler(@RequestBody SimulationRequete requete) {
    SimulationIndemnites.Simulation s =
        simulation.simuler(requete.dateDebutArret(), requete.salairesBruts(), requete.debutPeriode(), requete.joursPeriode());
    SimulationIndemnites.Periode p = s.periode();
    return new SimulationReponse(s.salaireJournalierBase(), s.montantJournalierBrut(), s.csg(), s.crds(), s.montantJournalierNet(),
        s.plafonne(), s.premierJourIndemnise(), s.plafondSalaireMensuel(), p.debut(), p.fin(), p.jours(), p.brut(), p.csg(),
        p.crds(), p.net());
  }
}
