package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.accidenttiers.AccidentsTiersVues.ApercuVue;
import fr.cpam.demarches.accidenttiers.AccidentsTiersVues.DeclarationEnregistree;
import fr.cpam.demarches.accidenttiers.AccidentsTiersVues.DeclarationRequete;
import fr.cpam.demarches.accidenttiers.AccidentsTiersVues.DossierVue;
import fr.cpam.demarches.accidenttiers.AccidentsTiersVues.NatureVue;
import fr.cpam.demarches.accidenttiers.AccidentsTiersVues.PieceVue;
import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiers;
import fr.cpam.demarches.accidenttiers.interne.PieceAccident;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import fr.cpam.demarches.engine.securite.AccesAssure;
import fr.cpam.demarches.engine.securite.AccesAssureOuAgent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/accidents-tiers")
@Tag(name = "Accident causé par un tiers", description = "Déclarer un accident causé par un tiers, suivre le recours de la CPAM")
class AccidentsTiersController {

  private final AccidentsTiersService service;

  AccidentsTiersController(AccidentsTiersService service) {
    this.service = service;
  }

  @GetMapping("/natures")
  @AccesAssureOuAgent
  @Operation(summary = "Genres d'accident", description = "Les codes à donner dans « natureAccident », dans l'ordre du formulaire.")
  List<NatureVue> natures() {
    return service.natures().entrySet().stream().map(e -> new NatureVue(e.getKey(), e.getValue())).toList();
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @AccesAssure
  @Operation(
      summary = "Déclarer un accident causé par un tiers",
      description = "Pour une personne du compte (« beneficiaire » : son NIR ou son prénom) : date (AAAA-MM-JJ) et lieu, genre"
          + " (GET /natures), circonstances, responsable connu ou non (son identité, son assureur et le numéro de contrat),"
          + " procès-verbal ou plainte (oui/non, référence), témoins, conséquences médicales (urgences, hospitalisation,"
          + " arrêt de travail et la référence IJ-… de son dossier, soins en cours), complémentaire santé. Une déclaration"
          + " faite plus de 15 jours après l'accident est acceptée et marquée tardive. Vos remboursements ne changent pas,"
          + " quelle que soit l'issue du recours.")
  @ApiResponse(responseCode = "201", description = "Déclaration enregistrée")
  @ApiResponse(responseCode = "409", description = "Cet accident est déjà déclaré pour cette personne : le dossier existant est nommé")
  @ApiResponse(responseCode = "422", description = "Un champ est invalide (problem+json, champ en erreur)")
  ResponseEntity<DeclarationEnregistree> declarer(@RequestBody DeclarationRequete requete) {
    return enregistree(() -> service.declarer(requete.saisie(null)));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @AccesAssure
  @Operation(
      summary = "Déclarer un accident avec le procès-verbal ou la plainte",
      description = "Partie « declaration » (JSON, comme ci-dessus) et partie « piecePv » : PDF, JPEG ou PNG, 5 Mo au plus,"
          + " le type étant vérifié sur le contenu du fichier.")
  @ApiResponse(responseCode = "201", description = "Déclaration enregistrée")
  @ApiResponse(responseCode = "422", description = "Un champ ou la pièce est invalide (problem+json, champ en erreur)")
  ResponseEntity<DeclarationEnregistree> declarerAvecPiece(
      @RequestPart("declaration") DeclarationRequete requete,
      @RequestPart(name = "piecePv", required = false) MultipartFile piece) throws IOException {
    Fichier fichier = fichier(piece);
    return enregistree(() -> service.declarer(requete.saisie(fichier)));
  }

  private static ResponseEntity<DeclarationEnregistree> enregistree(Supplier<DossierAccidentTiers> declaration) {
    DossierAccidentTiers dossier = AccidentsTiersService.unSeulDossier(declaration);
    return ResponseEntity.created(URI.create("/api/accidents-tiers/" + dossier.getReference()))
        .body(DeclarationEnregistree.de(dossier));
  }

  @GetMapping
  @AccesAssure
  @Operation(summary = "Mes accidents déclarés", description = "Les dossiers de mon compte, les plus récents d'abord, avec leur statut.")
  List<ApercuVue> mesDossiers() {
    return service.mesDossiers().stream().map(ApercuVue::de).toList();
  }

  @GetMapping("/{reference}")
  @AccesVictimeOuRct
  @Operation(
      summary = "Suivre un dossier",
      description = "Son statut et ses étapes pour la victime ; le payeur, la créance poste par poste et les notes pour le"
          + " service de recours contre tiers.")
  DossierVue dossier(@Parameter(example = "ACT-2026-000123") @PathVariable String reference) {
    DossierAccidentTiers dossier = service.consulter(reference);
    return UtilisateurConnecte.estAssure()
        ? DossierVue.pourVictime(dossier, service.pieces(reference))
        : DossierVue.pourAgent(dossier, service.pieces(reference), service.creance(reference));
  }

  @PostMapping(path = "/{reference}/pieces", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @AccesAssure
  @Operation(
      summary = "Transmettre le procès-verbal ou la plainte",
      description = "Partie « piecePv » : PDF, JPEG ou PNG, 5 Mo au plus ; partie facultative « pvReference » : sa référence.")
  ResponseEntity<PieceVue> transmettrePiece(
      @PathVariable String reference,
      @RequestPart("piecePv") MultipartFile piece,
      @RequestPart(name = "pvReference", required = false) String pvReference) throws IOException {
    PieceAccident recue = service.transmettrePiece(reference, fichier(piece), pvReference);
    return ResponseEntity.created(URI.create("/api/accidents-tiers/" + reference + "/pieces/" + recue.getId()))
        .body(new PieceVue(recue.getId(), recue.getNomFichier(), recue.getTypeContenu(), recue.getTaille(), recue.getRecueLe()));
  }

  @GetMapping("/{reference}/pieces/{id}")
  @AccesVictimeOuRct
  @Operation(summary = "Télécharger une pièce du dossier")
  ResponseEntity<byte[]> piece(@PathVariable String reference, @PathVariable Long id) {
    PieceAccident piece = service.piece(reference, id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(piece.getTypeContenu()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(piece.getNomFichier(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(piece.getContenu());
  }

  private static Fichier fichier(MultipartFile piece) throws IOException {
    if (piece == null) {
      return null;
    }
    // The whole file (the server takes 10 Mo at most per file): its real size goes into the message.
    byte[] contenu = piece.getBytes();
    return new Fichier(piece.getOriginalFilename() == null ? piece.getName() : piece.getOriginalFilename(), piece.getContentType(), contenu);
  }
}
