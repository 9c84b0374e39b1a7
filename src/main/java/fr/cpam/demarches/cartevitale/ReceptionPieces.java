package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.cartevitale.interne.DossierCarteVitale;
import fr.cpam.demarches.cartevitale.interne.PieceJustificative;
import fr.cpam.demarches.cartevitale.interne.PieceJustificativeRepository;
import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.NomFichier;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.engine.CommandeMoteur;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives the photo and the identity document of a new card: checks each file's real type (by
 * its first bytes, not by its name) and size, attaches it to the task, and records it as on file
 * for the person until it expires.
 */
@Service
class ReceptionPieces {

  /** A file as received, from the API or from a task variable. */
  record Fichier(String nom, String typeDeclare, byte[] contenu) {
    Fichier {
      nom = NomFichier.propre(nom);
    }
  }

  /** The kinds of files we recognise, by their first bytes. */
  enum Format {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    final String typeContenu;
    private final byte[] signature;

    Format(String typeContenu, byte[] signature) {
      this.typeContenu = typeContenu;
      this.signature = signature;
    }

    static Optional<Format> de(byte[] contenu) {
      return Arrays.stream(values())
          .filter(f -> contenu.length >= f.signature.length
              && Arrays.equals(Arrays.copyOf(contenu, f.signature.length), f.signature))
          .findFirst();
    }
  }

  private final DossiersCarteVitale dossiers;
  private final PieceJustificativeRepository pieces;
  private final DelaisCarteVitale delais;
  private final CommandeMoteur commande;
  private final Clock horloge;

  ReceptionPieces(
      DossiersCarteVitale dossiers, PieceJustificativeRepository pieces, DelaisCarteVitale delais, CommandeMoteur commande, Clock horloge) {
    this.dossiers = dossiers;
    this.pieces = pieces;
    this.delais = delais;
    this.commande = commande;
    this.horloge = horloge;
  }

  /** Every problem of the two files, in French; empty when both can be kept. */
  List<ErreurChamp> verifier(Fichier photo, Fichier pieceIdentite) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    verifier(DemandesCarteVitaleProcess.PHOTO, "la photo d'identité", photo, List.of(Format.JPEG, Format.PNG), "JPEG ou PNG",
        delais.getTailleMaxPhoto()).ifPresent(erreurs::add);
    verifier(DemandesCarteVitaleProcess.PIECE_IDENTITE, "la pièce d'identité", pieceIdentite, List.of(Format.PDF, Format.JPEG, Format.PNG),
        "PDF, JPEG ou PNG", delais.getTailleMaxPieceIdentite()).ifPresent(erreurs::add);
    return erreurs;
  }

  private static Optional<ErreurChamp> verifier(
      String champ, String quoi, Fichier fichier, List<Format> acceptes, String libelleFormats, long tailleMax) {
    String consigne = " (" + libelleFormats + ", " + enMo(tailleMax) + " au plus)";
    if (fichier == null || fichier.contenu() == null || fichier.contenu().length == 0) {
      return Optional.of(new ErreurChamp(champ, "Joignez " + quoi + consigne + "."));
    }
    if (fichier.contenu().length > tailleMax) {
      return Optional.of(new ErreurChamp(champ,
          "Le fichier de " + quoi + " pèse " + enMo(fichier.contenu().length) + " : réduisez-le à " + enMo(tailleMax) + " au plus."));
    }
    if (Format.de(fichier.contenu()).filter(acceptes::contains).isEmpty()) {
      return Optional.of(new ErreurChamp(champ,
          "Le fichier « " + fichier.nom() + " » n'est pas accepté pour " + quoi + " : envoyez un fichier " + libelleFormats + "."));
    }
    return Optional.empty();
  }

  private static String enMo(long octets) {
    return String.format(java.util.Locale.FRENCH, "%.1f Mo", octets / (1024.0 * 1024.0)).replace(",0 Mo", " Mo");
  }

  /**
   * Keeps both files: attached to the dossier's process instance (the engine keeps them with its
   * history)
   * and recorded as on file for the beneficiary.
   *
   * @throws DemandeInvalideException when a file is missing, too large or of the wrong type
   */
  @Transactional
  void recevoir(String reference, String processInstanceId, TaskService taskService, Fichier photo, Fichier pieceIdentite) {
    List<ErreurChamp> erreurs = verifier(photo, pieceIdentite);
    if (!erreurs.isEmpty()) {
      throw new DemandeInvalideException(erreurs);
    }
    DossierCarteVitale dossier = dossiers.dossier(reference);
    var valableJusquAu = LocalDate.now(horloge).plus(delais.getValiditePieces());
    garder(dossier, PieceJustificative.Nature.PHOTO, photo, processInstanceId, taskService, valableJusquAu);
    garder(dossier, PieceJustificative.Nature.PIECE_IDENTITE, pieceIdentite, processInstanceId, taskService, valableJusquAu);
    dossier.passerA(StatutDossier.PIECES_RECUES, null, horloge);
  }

  private void garder(
      DossierCarteVitale dossier,
      PieceJustificative.Nature nature,
      Fichier fichier,
      String processInstanceId,
      TaskService taskService,
      java.time.LocalDate valableJusquAu) {
    String type = Format.de(fichier.contenu()).orElseThrow().typeContenu;
    String libelle = nature == PieceJustificative.Nature.PHOTO ? "Photo d'identité" : "Pièce d'identité";
    // The citizen may complete the task but not write attachments: the check was done above.
    Attachment piece =
        commande.sansAutorisation(
            () -> taskService.createAttachment(type, null, processInstanceId, fichier.nom(), libelle, flux(fichier)));
    pieces.save(
        new PieceJustificative(
            dossier.getBeneficiaire(), nature, fichier.nom(), type, fichier.contenu().length, dossier.getReference(),
            piece.getId(), valableJusquAu, horloge));
  }

  private static InputStream flux(Fichier fichier) {
    return new ByteArrayInputStream(fichier.contenu());
  }

  static byte[] lire(InputStream flux, long limite) {
    try (flux) {
      return flux.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limite + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
