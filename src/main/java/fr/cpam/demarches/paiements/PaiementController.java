package fr.cpam.demarches.paiements;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Pagination;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.engine.AccesAssure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Mes paiements" of the logged-in citizen: only their own account's payments. */
@RestController
@RequestMapping("/api/paiements")
@Tag(name = "Mes paiements", description = "Les paiements de l'Assurance Maladie sur 27 mois, et ceux en attente")
@AccesAssure
class PaiementController {


  private final PaiementService paiements;
  private final CompteService comptes;

  PaiementController(PaiementService paiements, CompteService comptes) {
    this.paiements = paiements;
    this.comptes = comptes;
  }

  record NatureVue(String code, String libelle) {
    static NatureVue de(NaturePaiement nature) {
      return new NatureVue(nature.code(), nature.libelle());
    }
  }

  record Periode(LocalDate du, LocalDate au) {}

  record CodeLibelle(String code, String libelle) {}

  record LignePaiement(
      LocalDate date,
      String beneficiaire,
      NatureVue nature,
      String libelle,
      Periode periode,
      BigDecimal montantBrut,
      BigDecimal csg,
      BigDecimal crds,
      BigDecimal retenues,
      BigDecimal montantNet,
      CodeLibelle payeA,
      CodeLibelle statut,
      String etapeAttente,
      String referenceDossier) {

    static LignePaiement de(Paiement p) {
      Periode periode = p.getPeriodeDebut() == null ? null : new Periode(p.getPeriodeDebut(), p.getPeriodeFin());
      return new LignePaiement(
          p.getDatePaiement(),
          p.getNomBeneficiaire(),
          NatureVue.de(p.getNature()),
          p.getLibelle(),
          periode,
          euros(p.getMontantBrut()),
          euros(p.getCsg()),
          euros(p.getCrds()),
          euros(p.getRetenues()),
          euros(p.getMontantNet()),
          new CodeLibelle(p.getPayeA().code(), p.getLibellePayeA()),
          new CodeLibelle(p.getStatut().code(), p.getStatut().libelle()),
          p.getEtapeAttente(),
          p.getReferenceDossier());
    }
  }

  /** Amounts always leave with two decimals (21.00, not 21), whatever the database returns. */
  static BigDecimal euros(BigDecimal montant) {
    return montant == null ? null : montant.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  record Totaux(long nombrePaiements, BigDecimal montantBrut, BigDecimal retenues, BigDecimal montantNet, long enAttente) {}

  record PagePaiements(
      Periode periode, List<LignePaiement> paiements, int page, int taille, long totalLignes, int totalPages, Totaux totaux) {}

  @GetMapping
  @Operation(
      summary = "Mes paiements",
      description =
          "Les paiements du compte connecté, du plus récent au plus ancien (ceux en attente d'abord, avec l'étape"
              + " attendue), filtrés par période (27 mois au plus), bénéficiaire et nature, avec les totaux de la"
              + " sélection (brut, retenues CSG et CRDS, net).")
  PagePaiements consulter(
      @Parameter(description = "Premier jour de la période (AAAA-MM-JJ) ; par défaut, 27 mois avant aujourd'hui")
          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate du,
      @Parameter(description = "Dernier jour de la période ; par défaut, aujourd'hui")
          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au,
      @Parameter(description = "NIR d'un bénéficiaire rattaché au compte") @RequestParam(required = false) String beneficiaire,
      @Parameter(description = "Nature du paiement, par exemple indemnites-journalieres") @RequestParam(required = false) String nature,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int taille) {
    Assure compte = comptes.compteConnecte();
    LocalDate[] periode = PaiementService.periode(du, au);
    String nirBeneficiaire = null;
    if (beneficiaire != null && !beneficiaire.isBlank()) {
      Nir nir = Nir.de("beneficiaire", beneficiaire);
      if (compte.beneficiaire(nir).isEmpty()) {
        throw new DemandeInvalideException("beneficiaire", "Cette personne n'est pas rattachée à votre compte.");
      }
      nirBeneficiaire = nir.valeur();
    }
    NaturePaiement naturePaiement = null;
    if (nature != null && !nature.isBlank()) {
      naturePaiement =
          NaturePaiement.depuisCode(nature)
              .orElseThrow(
                  () ->
                      new DemandeInvalideException(
                          "nature",
                          "Nature de paiement inconnue. Valeurs possibles : "
                              + Arrays.stream(NaturePaiement.values()).map(NaturePaiement::code).collect(Collectors.joining(", "))
                              + "."));
    }
    Pagination.page(page, taille);
    PaiementService.Resultat resultat =
        paiements.consulter(
            new PaiementService.Selection(compte.getNir().valeur(), periode[0], periode[1], nirBeneficiaire, naturePaiement),
            page,
            taille);
    PaiementService.Totaux t = resultat.totaux();
    return new PagePaiements(
        new Periode(periode[0], periode[1]),
        resultat.page().getContent().stream().map(LignePaiement::de).toList(),
        page,
        taille,
        resultat.page().getTotalElements(),
        resultat.page().getTotalPages(),
        new Totaux(t.nombre(), t.montantBrut(), t.retenues(), t.montantNet(), t.enAttente()));
  }

  @GetMapping("/natures")
  @Operation(summary = "Les natures de paiement", description = "Les valeurs du filtre « nature » de Mes paiements.")
  List<NatureVue> natures() {
    return Arrays.stream(NaturePaiement.values()).map(NatureVue::de).toList();
  }
}
