package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.engine.AccesAssure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

  /** Days of a period when the citizen names none: the rhythm of the payments. */
  static final int JOURS_PERIODE_PAR_DEFAUT = 14;

  record SimulationRequete(
      @NotNull(message = "Indiquez le premier jour de l'arrêt.") LocalDate dateDebutArret,
      @NotNull(message = "Indiquez vos trois derniers salaires bruts mensuels.")
          @Size(min = 3, max = 3, message = "Indiquez exactement vos trois derniers salaires bruts mensuels.")
          List<@NotNull(message = "Indiquez chaque salaire brut.") BigDecimal> salairesBruts,
      @Schema(description = "Premier jour de la période à estimer ; par défaut le premier jour indemnisé")
          LocalDate debutPeriode,
      @Schema(description = "Nombre de jours de la période à estimer, de 1 à 366 ; par défaut 14 (un versement)")
          @Min(value = 1, message = "Une période compte au moins 1 jour.")
          @Max(value = 366, message = "Une période compte au plus 366 jours.")
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
    LocalDate premierJour =
        calcul.carence(requete.dateDebutArret(), false, List.of()).premierJourIndemnise(requete.dateDebutArret());
    LocalDate debutPeriode = requete.debutPeriode() == null ? premierJour : requete.debutPeriode();
    if (debutPeriode.isBefore(premierJour)) {
      throw new DemandeInvalideException(
          "debutPeriode", "La période commence au plus tôt le premier jour indemnisé, le " + Textes.date(premierJour)
              + " (après les 3 jours de carence).");
    }
    int jours = requete.joursPeriode() == null ? JOURS_PERIODE_PAR_DEFAUT : requete.joursPeriode();
    CalculIndemnites.MontantJournalier m = calcul.montantJournalier(requete.dateDebutArret(), requete.salairesBruts());
    CalculIndemnites.MontantPeriode periode = calcul.montantPeriode(m.montantJournalierBrut(), jours, debutPeriode);
    return new SimulationReponse(
        m.salaireJournalierBase(),
        m.montantJournalierBrut(),
        m.csg(),
        m.crds(),
        m.montantJournalierNet(),
        m.plafonne(),
        premierJour,
        m.plafondMensuel(),
        debutPeriode,
        debutPeriode.plusDays(jours - 1L),
        jours,
        periode.brut(),
        periode.csg(),
        periode.crds(),
        periode.net());
  }
}
