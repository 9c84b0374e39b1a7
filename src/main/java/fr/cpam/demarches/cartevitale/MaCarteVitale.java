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

  /** A dossier recorded from the space: its reference, and whether it is new (false: the same declaration was under way). */
  public record Depose(String reference, boolean nouveau) {}

  /** The reasons a citizen may give for a new card, code to label, in the form's order. */
  public java.util.Map<String, String> motifs() {
    java.util.Map<String, String> motifs = new java.util.LinkedHashMap<>();
    for (MotifDeclaration m : MotifDeclaration.values()) {
      motifs.put(m.code(), m.libelle());
    }
    return motifs;
  }

  /**
   * A loss, theft or broken card declared from the space: the same rules as the API and the
   * Tasklist form (the old card in opposition at once, a new one ordered), every field error at once.
   *
   * @throws fr.cpam.demarches.commun.DemandeInvalideException every field to correct (beneficiaire, motif,
   *     adresse.ligne1, adresse.ligne2, adresse.codePostal, adresse.commune, engagementRestitution)
   * @throws fr.cpam.demarches.commun.ConflitException another démarche is under way for this person
   */
  public Depose declarer(String beneficiaire, String motif, String ligne1, String ligne2, String codePostal, String commune,
      boolean engagementRestitution) {
    SaisieDemande saisie = new SaisieDemande(beneficiaire, motif, ligne1, ligne2, codePostal, commune, engagementRestitution);
    return depose(DemandesCarteVitale.unSeulDepot(() -> demandes.declarer(saisie, true)));
  }

  /**
   * A first card ordered from the space, for a person of 12 or more without a card: the same
   * rules as the API and the Tasklist form, every field error at once.
   *
   * @throws fr.cpam.demarches.commun.DemandeInvalideException every field to correct
   * @throws fr.cpam.demarches.commun.ConflitException a card already, or a démarche under way
   */
  public Depose commander(String beneficiaire, String ligne1, String ligne2, String codePostal, String commune) {
    SaisieDemande saisie = new SaisieDemande(beneficiaire, null, ligne1, ligne2, codePostal, commune, null);
    return depose(DemandesCarteVitale.unSeulDepot(() -> demandes.commander(saisie, true)));
  }

  private static Depose depose(DemandesCarteVitale.Depot depot) {
    return new Depose(depot.dossier().getReference(), depot.nouveau());
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
