package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.cartevitale.CarteVitaleVues.CommandeRequete;
import fr.cpam.demarches.cartevitale.CarteVitaleVues.DeclarationRequete;
import fr.cpam.demarches.cartevitale.CarteVitaleVues.DepotVue;
import fr.cpam.demarches.cartevitale.CarteVitaleVues.DossierVue;
import fr.cpam.demarches.cartevitale.CarteVitaleVues.PersonneVue;
import fr.cpam.demarches.cartevitale.interne.DossierCarteVitale;
import fr.cpam.demarches.commun.ConflitException;
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
@RequestMapping("/api/cartes-vitale")
@Tag(name = "Carte Vitale", description = "Perte, vol ou dysfonctionnement de la carte Vitale, première carte, suivi de la fabrication")
class CarteVitaleController {

  private final DemandesCarteVitale demandes;
  private final MaCarteVitale maCarteVitale;
  private final AttestationDroits attestation;
  private final DelaisCarteVitale delais;

  CarteVitaleController(DemandesCarteVitale demandes, AttestationDroits attestation, DelaisCarteVitale delais, MaCarteVitale maCarteVitale) {
    this.maCarteVitale = maCarteVitale;
    this.demandes = demandes;
    this.attestation = attestation;
    this.delais = delais;
  }

  @GetMapping
  @AccesAssure
  @Operation(summary = "Ma carte Vitale", description = "Chaque personne du compte, ses cartes avec leur statut et ses démarches.")
  List<PersonneVue> maCarteVitale() {
    return maCarteVitale.personnes();
  }

  @PostMapping("/declarations")
  @AccesAssure
  @Operation(
      summary = "Déclarer la perte, le vol ou le dysfonctionnement d'une carte Vitale",
      description = "L'ancienne carte est mise en opposition immédiatement et une nouvelle carte est commandée."
          + " La même déclaration renvoyée pendant que la première est en cours rend le même dossier (200).")
  @ApiResponse(responseCode = "201", description = "Déclaration enregistrée")
  @ApiResponse(responseCode = "200", description = "Même déclaration déjà en cours : le dossier existant")
  @ApiResponse(responseCode = "409", description = "Une autre démarche est en cours pour ce bénéficiaire")
  @ApiResponse(responseCode = "422", description = "Un champ est invalide (problem+json, champ en erreur)")
  ResponseEntity<DepotVue> declarer(@RequestBody DeclarationRequete requete) {
    return depot(() -> demandes.declarer(requete.saisie()), "/api/cartes-vitale/declarations/");
  }

  @PostMapping("/commandes")
  @AccesAssure
  @Operation(
      summary = "Commander une première carte Vitale",
      description = "Pour un bénéficiaire de 12 ans ou plus qui n'a pas de carte active ; suivent la photo, la pièce"
          + " d'identité et la vérification par un agent.")
  @ApiResponse(responseCode = "201", description = "Demande enregistrée")
  @ApiResponse(responseCode = "409", description = "Le bénéficiaire a déjà une carte active ou une démarche en cours")
  @ApiResponse(responseCode = "422", description = "Un champ est invalide (problem+json, champ en erreur)")
  ResponseEntity<DepotVue> commander(@RequestBody CommandeRequete requete) {
    return depot(() -> demandes.commander(requete.saisie()), "/api/cartes-vitale/commandes/");
  }

  private static ResponseEntity<DepotVue> depot(Supplier<DemandesCarteVitale.Depot> action, String chemin) {
    DemandesCarteVitale.Depot depot = DemandesCarteVitale.unSeulDepot(action);
    DepotVue vue = DepotVue.de(depot.dossier());
    return depot.nouveau()
        ? ResponseEntity.created(URI.create(chemin + vue.reference())).body(vue)
        : ResponseEntity.ok(vue);
  }

  @GetMapping({"/declarations/{reference}", "/commandes/{reference}"})
  @AccesAssureOuAgent
  @Operation(summary = "Suivre un dossier", description = "Le statut du dossier et leur historique ; visible de son titulaire et des agents.")
  DossierVue dossier(@Parameter(example = "CV-2026-000123") @PathVariable String reference) {
    return DossierVue.de(demandes.consulter(reference), demandes.oppositions(reference), demandes.pieces(reference));
  }

  @GetMapping({"/declarations/{reference}/pieces/{id}", "/commandes/{reference}/pieces/{id}"})
  @AccesAssureOuAgent
  @Operation(
      summary = "Télécharger une pièce reçue",
      description = "La photo ou la pièce d'identité du dossier, pour l'agent qui vérifie l'identité (et pour le titulaire).")
  ResponseEntity<byte[]> piece(@PathVariable String reference, @PathVariable Long id) {
    var piece = demandes.contenuPiece(reference, id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(piece.typeContenu()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(piece.nomFichier()).build().toString())
        .body(piece.contenu());
  }

  @GetMapping(value = {"/declarations/{reference}/attestation", "/commandes/{reference}/attestation"}, produces = MediaType.APPLICATION_PDF_VALUE)
  @AccesAssureOuAgent
  @Operation(
      summary = "Attestation de droits (PDF)",
      description = "À présenter aux professionnels de santé avec une feuille de soins papier en attendant la nouvelle carte.")
  ResponseEntity<byte[]> attestation(@PathVariable String reference) {
    DossierCarteVitale dossier = demandes.consulter(reference);
    byte[] pdf = attestation.pdf(dossier, demandes.cpamDe(dossier), demandes.oppositions(reference));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("attestation-droits-" + reference + ".pdf").build().toString())
        .body(pdf);
  }

  @PostMapping(value = {"/declarations/{reference}/pieces", "/commandes/{reference}/pieces"}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @AccesAssure
  @Operation(
      summary = "Transmettre la photo et la pièce d'identité",
      description = "Photo JPEG ou PNG (2 Mo au plus), pièce d'identité PDF, JPEG ou PNG (5 Mo au plus) ; le type est"
          + " vérifié sur le contenu du fichier. Termine la tâche « Transmettre une photo et une pièce d'identité ».")
  DepotVue pieces(
      @PathVariable String reference,
      @RequestPart("photo") MultipartFile photo,
      @RequestPart("pieceIdentite") MultipartFile pieceIdentite) throws IOException {
    return DepotVue.de(demandes.transmettrePieces(reference, fichier(photo, delais.getTailleMaxPhoto()),
        fichier(pieceIdentite, delais.getTailleMaxPieceIdentite())));
  }

  private static ReceptionPieces.Fichier fichier(MultipartFile fichier, long limite) throws IOException {
    String nom = fichier.getOriginalFilename() == null ? fichier.getName() : fichier.getOriginalFilename();
    return new ReceptionPieces.Fichier(nom, fichier.getContentType(), ReceptionPieces.lire(fichier.getInputStream(), limite));
  }
}
