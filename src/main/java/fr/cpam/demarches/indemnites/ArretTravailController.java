package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import fr.cpam.demarches.engine.securite.AccesAssureOuAgent;
import fr.cpam.demarches.engine.securite.AccesEmployeur;
import fr.cpam.demarches.engine.securite.AccesMedecin;
import fr.cpam.demarches.indemnites.interne.ArretTravail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The senders' documents: the doctor's sick-leave notice, the employer's salary attestation and
 * the early return to work; and the dossier, for its owner and the agents.
 */
@RestController
@Tag(name = "Arrêts de travail", description = "Avis d'arrêt de travail, attestations de salaire et reprises du travail")
class ArretTravailController {

  private final ArretTravailService service;
  private final Emetteurs emetteurs;

  ArretTravailController(ArretTravailService service, Emetteurs emetteurs) {
    this.service = service;
    this.emetteurs = emetteurs;
  }

  record AvisArretRequete(
      @NotBlank(message = "Indiquez le numéro de sécurité sociale de l'assuré.") String nir,
      @NotNull(message = "Indiquez le premier jour de l'arrêt.") LocalDate dateDebut,
      @NotNull(message = "Indiquez le dernier jour de l'arrêt.") LocalDate dateFin,
      @NotNull(message = "Indiquez la date de prescription.") LocalDate datePrescription,
      Boolean prolongation,
      String referenceArretInitial,
      @NotBlank(message = "Indiquez le SIRET de l'employeur.") String siretEmployeur,
      Boolean ald) {}

  record AvisArretReponse(String reference, boolean prolongation, LocalDate dateFin, boolean transmisEnRetard) {}

  @PostMapping("/api/arrets-travail")
  @ResponseStatus(HttpStatus.CREATED)
  @AccesMedecin
  @Operation(
      summary = "Transmettre un avis d'arrêt de travail",
      description =
          "Volets 1 et 2 de l'avis, par le logiciel du médecin. Un avis initial ouvre un dossier d'indemnités journalières ;"
              + " une prolongation (« prolongation »: true et la référence du dossier) reporte la fin de l'arrêt en cours, sans"
              + " nouvelle carence. Un avis reçu plus de 48 h après sa prescription est signalé en retard. Le même avis envoyé"
              + " deux fois est refusé (409) et n'est pas enregistré de nouveau. L'avis est enregistré au nom du médecin du compte"
              + " (son RPPS) ; une prolongation ne vise qu'un arrêt que ce médecin a prescrit.")
  AvisArretReponse transmettre(@Valid @RequestBody AvisArretRequete requete) {
    ArretTravailService.AvisEnregistre avis =
        service.recevoirAvis(
            new ArretTravailService.AvisRecu(
                requete.nir(),
                requete.dateDebut(),
                requete.dateFin(),
                requete.datePrescription(),
                Boolean.TRUE.equals(requete.prolongation()),
                requete.referenceArretInitial(),
                requete.siretEmployeur(),
                Boolean.TRUE.equals(requete.ald())),
            emetteurs.connecte());
    return new AvisArretReponse(avis.reference(), avis.prolongation(), avis.dateFin(), avis.transmisEnRetard());
  }

  record AttestationRequete(
      @NotBlank(message = "Indiquez la référence du dossier d'arrêt de travail.") String referenceArret,
      @NotNull(message = "Indiquez les trois derniers salaires bruts mensuels.")
          @Size(min = 3, max = 3, message = "Indiquez exactement les trois derniers salaires bruts mensuels.")
          List<@NotNull(message = "Indiquez chaque salaire brut.") BigDecimal> salairesBruts,
      @NotNull(message = "Indiquez le nombre d'heures travaillées au cours des 3 mois précédant l'arrêt.") BigDecimal heuresTravaillees,
      @NotNull(message = "Indiquez si vous maintenez le salaire (subrogation).") Boolean subrogation,
      String siretEmployeur,
      LocalDate dernierJourTravaille,
      BigDecimal salairesBrutsSixMois,
      BigDecimal heuresTravailleesDouzeMois,
      BigDecimal salairesBrutsDouzeMois) {}

  record AttestationReponse(String referenceArret, String statut) {}

  @PostMapping("/api/attestations-salaire")
  @ResponseStatus(HttpStatus.CREATED)
  @AccesEmployeur
  @Operation(
      summary = "Transmettre une attestation de salaire",
      description =
          "Par le logiciel de paie de l'employeur : les 3 derniers salaires bruts, les heures travaillées sur 3 mois et la"
              + " subrogation (maintien du salaire : les indemnités sont alors versées à l'employeur). Facultatif : SIRET,"
              + " dernier jour travaillé, salaires de 6 et 12 mois et heures de 12 mois (arrêts de plus de 6 mois). Seulement"
              + " pour l'arrêt d'un salarié d'un SIRET du compte ; un autre répond comme une référence inconnue.")
  AttestationReponse attester(@Valid @RequestBody AttestationRequete requete) {
    String reference =
        service.recevoirAttestation(
            new ArretTravailService.AttestationRecue(
                requete.referenceArret(),
                requete.salairesBruts(),
                requete.heuresTravaillees(),
                requete.subrogation(),
                requete.siretEmployeur(),
                requete.dernierJourTravaille(),
                requete.salairesBrutsSixMois(),
                requete.heuresTravailleesDouzeMois(),
                requete.salairesBrutsDouzeMois()),
            emetteurs.connecte());
    return new AttestationReponse(reference, "Attestation enregistrée : les droits et le montant sont en cours de calcul.");
  }

  record RepriseRequete(@NotNull(message = "Indiquez la date de reprise du travail.") LocalDate dateReprise) {}

  @PostMapping("/api/arrets-travail/{reference}/reprise")
  @PreAuthorize("hasAnyRole('medecins','employeurs')")
  @Operation(
      summary = "Signaler une reprise anticipée du travail",
      description =
          "Par le médecin qui a prescrit l'arrêt ou par l'employeur du salarié (SIRET du compte) : les indemnités"
              + " s'arrêtent la veille de la reprise ; un dernier versement règle les jours restants. Un arrêt d'un autre"
              + " médecin ou d'un autre employeur répond 404, comme une référence inconnue.")
  ArretTravailService.RepriseEnregistree reprise(@PathVariable String reference, @Valid @RequestBody RepriseRequete requete) {
    return service.enregistrerReprise(reference, requete.dateReprise(), emetteurs.connecte());
  }

  record AvisVue(boolean prolongation, LocalDate dateDebut, LocalDate dateFin, LocalDate datePrescription, boolean transmisEnRetard) {}

  record VersementVue(
      LocalDate du, LocalDate au, int jours, BigDecimal montantJournalier, BigDecimal montantBrut, BigDecimal csg,
      BigDecimal crds, BigDecimal montantNet, String payeA, String statut) {}

  record DossierVue(
      String reference,
      String statut,
      LocalDate dateDebut,
      LocalDate dateFin,
      LocalDate dateReprise,
      LocalDate dernierJourIndemnisable,
      Integer carenceJours,
      String motifCarence,
      LocalDate premierJourIndemnise,
      BigDecimal salaireJournalierBase,
      BigDecimal montantJournalier,
      Boolean plafonne,
      String motifFin,
      List<AvisVue> avis,
      List<VersementVue> versements) {}

  /** Amounts always leave with two decimals, whatever the database returns. */
  private static BigDecimal euros(BigDecimal montant) {
    return montant == null ? null : montant.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  @GetMapping("/api/arrets-travail/{reference}")
  @AccesAssureOuAgent
  @Operation(summary = "Consulter un dossier d'arrêt de travail", description = "Pour l'assuré concerné et les agents.")
  DossierVue consulter(@PathVariable String reference) {
    ArretTravail arret = service.consulter(reference);
    if (UtilisateurConnecte.estAssure() && !UtilisateurConnecte.estAgent()
        && !arret.getNir().startsWith(UtilisateurConnecte.idObligatoire())) {
      throw new IntrouvableException("Aucun arrêt de travail " + reference + ".");
    }
    return new DossierVue(
        arret.getReference(),
        arret.getStatut().libelle(),
        arret.getDateDebut(),
        arret.getDateFin(),
        arret.getDateReprise(),
        arret.dernierJourIndemnisable(),
        arret.getCarenceJours(),
        arret.getMotifCarence(),
        arret.getPremierJourIndemnise(),
        euros(arret.getSalaireJournalierBase()),
        euros(arret.getMontantJournalier()),
        arret.getPlafonne(),
        arret.getMotifFin(),
        service.avisDe(arret).stream()
            .map(a -> new AvisVue(a.isProlongation(), a.getDateDebut(), a.getDateFin(), a.getDatePrescription(), a.isTransmisEnRetard()))
            .toList(),
        service.versementsDe(arret).stream()
            .map(v -> new VersementVue(
                v.getPeriodeDebut(), v.getPeriodeFin(), v.getJours(), euros(v.getMontantJournalier()), euros(v.getMontantBrut()),
                euros(v.getCsg()), euros(v.getCrds()), euros(v.getMontantNet()), v.getPayeA().code(), v.estVerse() ? "verse" : "a-verser"))
            .toList());
  }
}
