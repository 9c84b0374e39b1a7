package fr.cpam.demarches.cartevitale;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * "Ma carte Vitale" for the citizen's pages: each person of the account, her cards and their
 * state, her carte Vitale dossiers, and whether a declaration or a first order is possible (the
 * same rules as the API's {@code GET /api/cartes-vitale}).
 */
@Service
public class MaCarteVitale {

  private final DemandesCarteVitale demandes;
  private final DelaisCarteVitale delais;
  private final Clock horloge;

  MaCarteVitale(DemandesCarteVitale demandes, DelaisCarteVitale delais, Clock horloge) {
    this.demandes = demandes;
    this.delais = delais;
    this.horloge = horloge;
  }

  public List<CarteVitaleVues.PersonneVue> personnes() {
    var compte = demandes.maCarteVitale();
    return CarteVitaleVues.maCarteVitale(compte.getKey(), compte.getValue(), demandes::cartesDe, LocalDate.now(horloge));
  }

  /**
   * The photo and the identity document of one of her dossiers, sent from her space: the same
   * checks as the API (types recognised from the content, sizes), then her task is completed.
   *
   * @throws fr.cpam.demarches.commun.DemandeInvalideException every file to change (photo, pieceIdentite)
   * @throws fr.cpam.demarches.commun.ConflitException the dossier no longer waits for them
   * @throws fr.cpam.demarches.commun.IntrouvableException not one of her dossiers
   */
  public void transmettrePieces(
      String reference, String nomPhoto, String typePhoto, java.io.InputStream photo,
      String nomPiece, String typePiece, java.io.InputStream piece) {
    demandes.transmettrePieces(reference,
        new ReceptionPieces.Fichier(nomPhoto, typePhoto, ReceptionPieces.lire(photo, delais.getTailleMaxPhoto())),
        new ReceptionPieces.Fichier(nomPiece, typePiece, ReceptionPieces.lire(piece, delais.getTailleMaxPieceIdentite())));
  }
}
