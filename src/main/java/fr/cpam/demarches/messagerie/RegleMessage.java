package fr.cpam.demarches.messagerie;

import fr.cpam.demarches.commun.NomFichier;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.messagerie.interne.Conversation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What a message must be, checked on the server whatever the channel (API, Tasklist forms):
 * lengths of the object and the text, a known motif and kind, attachments of an accepted type
 * and size. Returns every problem with a French message; the caller turns them into a 422
 * (API) or a form error (Tasklist).
 *
 * <p>Accepted documents: PDF, JPEG and PNG, recognised by their content, not only by their
 * name. The maximum size and number are settings ({@code messagerie.pieces-jointes.*}); the
 * values of the real service are not published [assumption: 5 Mo, 5 files].
 */
@Component
class RegleMessage {

  /** As long as the stored column. */
  static final int OBJET_MAX = Conversation.OBJET_MAX;
  static final int TEXTE_MAX = 4000;

  /** An uploaded file as received. */

  /** An accepted document type: its MIME type, its extensions and the first bytes of its content. */
  enum Format {
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    final String typeMime;
    final List<String> extensions;
    final byte[] signature;

    Format(String typeMime, List<String> extensions, byte[] signature) {
      this.typeMime = typeMime;
      this.extensions = extensions;
      this.signature = signature;
    }

    boolean reconnait(byte[] contenu) {
      return contenu.length >= signature.length
          && Arrays.equals(Arrays.copyOf(contenu, signature.length), signature);
    }

    static Optional<Format> deExtension(String nom) {
      int point = nom.lastIndexOf('.');
      String extension = point < 0 ? "" : nom.substring(point + 1).toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }
  }

  private final DataSize tailleMax;
  private final int nombreMax;

  RegleMessage(
      @Value("${messagerie.pieces-jointes.taille-max:5MB}") DataSize tailleMax,
      @Value("${messagerie.pieces-jointes.nombre-max:5}") int nombreMax) {
    this.tailleMax = tailleMax;
    this.nombreMax = nombreMax;
  }

  /** The citizen's first message: motif, kind, object and text. */
  List<ErreurChamp> verifierNouveauMessage(String motif, String type, String objet, String texte) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    if (motif == null || motif.isBlank()) {
      erreurs.add(new ErreurChamp("motif", "Choisissez le motif de votre message."));
    } else if (Motif.deCode(motif.strip()).isEmpty()) {
      erreurs.add(new ErreurChamp("motif",
          "Le motif « " + motif + " » n'existe pas : choisissez un motif de la liste (GET /api/messagerie/motifs)."));
    }
    if (type != null && !type.isBlank() && TypeMessage.deCode(type.strip()).isEmpty()) {
      erreurs.add(new ErreurChamp("type", "Le type de message est question, signalement ou reclamation."));
    }
    if (objet == null || objet.isBlank()) {
      erreurs.add(new ErreurChamp("objet", "Indiquez l'objet de votre message."));
    } else if (objet.strip().length() > OBJET_MAX) {
      erreurs.add(new ErreurChamp("objet", "L'objet dépasse " + OBJET_MAX + " caractères : raccourcissez-le."));
    }
    verifierTexte("texte", texte, "Écrivez votre message.").ifPresent(erreurs::add);
    return erreurs;
  }

  /** A text of a conversation: not empty, not longer than {@link #TEXTE_MAX}. */
  Optional<ErreurChamp> verifierTexte(String champ, String texte, String siVide) {
    if (texte == null || texte.isBlank()) {
      return Optional.of(new ErreurChamp(champ, siVide));
    }
    if (texte.strip().length() > TEXTE_MAX) {
      return Optional.of(new ErreurChamp(champ,
          "Le texte dépasse " + TEXTE_MAX + " caractères (" + texte.strip().length() + ") : raccourcissez-le."));
    }
    return Optional.empty();
  }

  /** Attachments: number, name, type recognised from the content, size. */
  List<ErreurChamp> verifierPiecesJointes(List<Fichier> fichiers) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    if (fichiers.size() > nombreMax) {
      erreurs.add(new ErreurChamp("piecesJointes", "Joignez au plus " + nombreMax + " documents à un message."));
      return erreurs;
    }
    for (int i = 0; i < fichiers.size(); i++) {
      Fichier fichier = fichiers.get(i);
      String champ = "piecesJointes[" + i + "]";
      String nom = nomPropre(fichier.nom());
      if (nom.isEmpty()) {
        erreurs.add(new ErreurChamp(champ, "Le document n'a pas de nom de fichier."));
        continue;
      }
      if (fichier.contenu() == null || fichier.contenu().length == 0) {
        erreurs.add(new ErreurChamp(champ, "Le document « " + nom + " » est vide."));
        continue;
      }
      if (fichier.contenu().length > tailleMax.toBytes()) {
        erreurs.add(new ErreurChamp(champ,
            "Le document « " + nom + " » dépasse " + tailleMax.toMegabytes() + " Mo : réduisez sa taille"
                + " (une photo moins grande, un PDF compressé)."));
        continue;
      }
      Optional<Format> format = Format.deExtension(nom);
      if (format.isEmpty() || !format.get().reconnait(fichier.contenu())) {
        erreurs.add(new ErreurChamp(champ,
            "Le document « " + nom + " » n'est pas un PDF, un JPEG ou un PNG : seuls ces formats sont acceptés."));
      }
    }
    return erreurs;
  }

  /** The file name kept (see {@link NomFichier}). */
  static String nomPropre(String nom) {
    return NomFichier.propre(nom);
  }

  /** The MIME type stored for an accepted file: the one of its recognised format. */
  static String typeMime(String nom) {
    return Format.deExtension(nomPropre(nom)).map(f -> f.typeMime).orElse("application/octet-stream");
  }
}
