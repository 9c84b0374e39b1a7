package fr.cpam.demarches.paiements;

import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.engine.securite.AccesAssure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
  private final RelevePaiements releve;
  private final CompteService comptes;

  PaiementController(PaiementService paiements, RelevePaiements releve, CompteService comptes) {
    this.paiements = paiements;
    this.releve = releve;
    this.comptes = comptes;
  }

  @GetMapping
  @Operation(
      summary = "Mes paiements",
      description =
          "Les paiements du compte connecté, du plus récent au plus ancien (ceux en attente d'abord, avec l'étape"
              + " attendue), filtrés par période (27 mois au plus), bénéficiaire et nature, avec les totaux de la"
              + " sélection (brut, retenues CSG et CRDS, net).")
  MesPaiements.Page consulter(
      @Parameter(description = "Premier jour de la période (AAAA-MM-JJ) ; par défaut, 27 mois avant aujourd'hui")
          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate du,
      @Parameter(description = "Dernier jour de la période ; par défaut, aujourd'hui")
          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au,
      @Parameter(description = "NIR d'un bénéficiaire rattaché au compte") @RequestParam(required = false) String beneficiaire,
      @Parameter(description = "Nature du paiement, par exemple indemnites-journalieres") @RequestParam(required = false) String nature,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int taille) {
    return paiements.consulter(comptes.compteConnecte(), new MesPaiements.Filtres(du, au, beneficiaire, nature), page, taille);
  }

  @GetMapping(value = "/releve", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(
      summary = "Relevé de mes paiements (PDF)",
      description = "Les paiements de la sélection (mêmes filtres que Mes paiements), avec leurs totaux, dans un document PDF.")
  ResponseEntity<byte[]> releve(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate du,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au,
      @RequestParam(required = false) String beneficiaire,
      @RequestParam(required = false) String nature) {
    RelevePaiements.Document document =
        releve.pdf(comptes.compteConnecte(), new MesPaiements.Filtres(du, au, beneficiaire, nature));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.nomFichier()).build().toString())
        .body(document.contenu());
  }

  @GetMapping("/natures")
  @Operation(summary = "Les natures de paiement", description = "Les valeurs du filtre « nature » de Mes paiements.")
  List<MesPaiements.Nature> natures() {
    return PaiementService.natures();
  }
}
