package fr.cpam.demarches.messagerie;

import fr.cpam.demarches.commun.Pagination;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import fr.cpam.demarches.engine.securite.AccesAssure;
import fr.cpam.demarches.engine.securite.AccesAssureOuAgent;
import fr.cpam.demarches.messagerie.interne.Conversation;
import fr.cpam.demarches.messagerie.interne.Echange;
import fr.cpam.demarches.messagerie.interne.PieceJointe;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/messagerie")
@Tag(name = "Messagerie", description = "Écrire à sa CPAM, lire ses réponses et les notifications des démarches")
class MessagerieController {


  private final MessagerieService service;

  MessagerieController(MessagerieService service) {
    this.service = service;
  }

  record MotifVue(String code, String libelle) {}

  record NouveauMessage(String motif, String objet, String texte, String type) {}

  record MessageEnvoye(String reference, String statut, Instant reponseAttendueLe) {}

  record NouvelleReponse(String texte) {}

  @GetMapping("/motifs")
  @AccesAssureOuAgent
  @Operation(summary = "Motifs d'un message", description = "Dans l'ordre d'affichage ; « Autre demande » en dernier.")
  List<MotifVue> motifs() {
    return Arrays.stream(Motif.values()).map(m -> new MotifVue(m.name(), m.libelle())).toList();
  }

  @PostMapping(path = "/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
  @AccesAssure
  @Operation(
      summary = "Écrire à ma CPAM",
      description = "Motif (code de GET /motifs), objet (120 caractères), texte (4 000 caractères), type facultatif :"
          + " question (par défaut), signalement ou reclamation. Répond 201 avec la référence du dossier.")
  ResponseEntity<MessageEnvoye> envoyer(@RequestBody NouveauMessage message) {
    return envoye(service.envoyer(message.motif(), message.type(), message.objet(), message.texte(), List.of()));
  }

  @PostMapping(path = "/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @AccesAssure
  @Operation(
      summary = "Écrire à ma CPAM avec des pièces jointes",
      description = "Partie « message » (JSON, comme ci-dessus) et parties « piecesJointes » : PDF, JPEG ou PNG,"
          + " 5 Mo au plus chacune, 5 au plus.")
  ResponseEntity<MessageEnvoye> envoyerAvecPiecesJointes(
      @RequestPart("message") NouveauMessage message,
      @RequestPart(name = "piecesJointes", required = false) List<MultipartFile> piecesJointes) {
    return envoye(service.envoyer(message.motif(), message.type(), message.objet(), message.texte(), fichiers(piecesJointes)));
  }

  @GetMapping("/conversations")
  @AccesAssure
  @Operation(
      summary = "Ma boîte de réception",
      description = "Mes conversations avec la CPAM et les notifications des autres démarches (carte expédiée,"
          + " paiement effectué...), les plus récentes d'abord, avec le nombre de non lus.")
  MessagerieService.Boite boite(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int taille) {
    Pagination.page(page, taille);
    return service.boite(page, taille);
  }

  @GetMapping("/conversations/{reference}")
  @AccesAssureOuAgent
  @Operation(
      summary = "Une conversation",
      description = "L'assuré lit les siennes ; un agent, celles qui sont ou ont été dans ses services (avec les notes internes).")
  ConversationVue conversation(@Parameter(example = "MS-2026-000123") @PathVariable String reference) {
    Conversation conversation = service.lire(reference);
    return UtilisateurConnecte.estAssure() ? ConversationVue.pourAssure(conversation) : ConversationVue.pourAgent(conversation);
  }

  @PostMapping("/conversations/{reference}/lue")
  @AccesAssure
  @Operation(summary = "Marquer une conversation comme lue")
  ConversationVue marquerLue(@PathVariable String reference) {
    return ConversationVue.pourAssure(service.marquerLue(reference));
  }

  @PostMapping(path = "/conversations/{reference}/reponses", consumes = MediaType.APPLICATION_JSON_VALUE)
  @AccesAssure
  @Operation(
      summary = "Répondre dans une conversation ouverte",
      description = "Si la CPAM a demandé un complément, cette réponse le lui apporte et le traitement reprend."
          + " 409 si la conversation est clôturée.")
  ResponseEntity<ConversationVue> repondre(@PathVariable String reference, @RequestBody NouvelleReponse reponse) {
    return repondu(reference, service.repondre(reference, reponse.texte(), List.of()));
  }

  @PostMapping(path = "/conversations/{reference}/reponses", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @AccesAssure
  @Operation(summary = "Répondre avec des pièces jointes", description = "Partie « message » ({\"texte\"}) et parties « piecesJointes ».")
  ResponseEntity<ConversationVue> repondreAvecPiecesJointes(
      @PathVariable String reference,
      @RequestPart("message") NouvelleReponse reponse,
      @RequestPart(name = "piecesJointes", required = false) List<MultipartFile> piecesJointes) {
    return repondu(reference, service.repondre(reference, reponse.texte(), fichiers(piecesJointes)));
  }

  @GetMapping("/conversations/{reference}/pieces-jointes/{id}")
  @AccesAssureOuAgent
  @Operation(summary = "Télécharger une pièce jointe")
  ResponseEntity<byte[]> pieceJointe(@PathVariable String reference, @PathVariable Long id) {
    PieceJointe piece = service.pieceJointe(reference, id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(piece.getTypeContenu()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(piece.getNomFichier(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(piece.getContenu());
  }

  private ResponseEntity<MessageEnvoye> envoye(Conversation conversation) {
    Conversation lue = service.lire(conversation.getReference());
    return ResponseEntity.created(URI.create("/api/messagerie/conversations/" + lue.getReference()))
        .body(new MessageEnvoye(lue.getReference(), lue.getStatut().name(), lue.getDateEcheance()));
  }

  private ResponseEntity<ConversationVue> repondu(String reference, Echange echange) {
    return ResponseEntity.created(URI.create("/api/messagerie/conversations/" + reference))
        .body(ConversationVue.pourAssure(service.lire(reference)));
  }

  private static List<Fichier> fichiers(List<MultipartFile> parties) {
    if (parties == null) {
      return List.of();
    }
    return parties.stream()
        .map(p -> {
          try {
            return new Fichier(p.getOriginalFilename(), p.getContentType(), p.getBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })
        .toList();
  }
}
