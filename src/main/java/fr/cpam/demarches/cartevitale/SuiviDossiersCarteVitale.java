package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.cartevitale.interne.DossierCarteVitale;
import fr.cpam.demarches.cartevitale.interne.DossierCarteVitaleRepository;
import fr.cpam.demarches.cartevitale.interne.OppositionCarteVitaleRepository;
import fr.cpam.demarches.commun.SuiviDossiers;
import fr.cpam.demarches.compte.Nir;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The carte Vitale dossiers of an account in "Mes démarches": declarations of loss or theft and
 * orders of a first card, for the holder and her beneficiaries, with their steps (the statuses
 * the dossier went through, the oppositions it recorded).
 */
@Component
class SuiviDossiersCarteVitale implements SuiviDossiers {

  static final String THEMATIQUE = "carte-vitale";

  private final DossierCarteVitaleRepository dossiers;
  private final OppositionCarteVitaleRepository oppositions;

  SuiviDossiersCarteVitale(DossierCarteVitaleRepository dossiers, OppositionCarteVitaleRepository oppositions) {
    this.dossiers = dossiers;
    this.oppositions = oppositions;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Dossier> recents(String compte, int nombre) {
    return dossiers.findByProprietaireOrderByCreeLeDescIdDesc(Nir.depuisIdentifiant(compte), PageRequest.of(0, nombre)).stream()
        .map(d -> vue(d, List.of()))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public long nombre(String compte) {
    return dossiers.countByProprietaire(Nir.depuisIdentifiant(compte));
  }

  @Override
  public boolean peutTenir(String reference) {
    return SuiviDossiers.prefixee(reference, InitialiserDossierListener.PREFIXE);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Dossier> dossier(String compte, String reference) {
    Nir proprietaire = Nir.depuisIdentifiant(compte);
    return dossiers.findByReference(reference)
        .filter(d -> d.getProprietaire().equals(proprietaire))
        .map(d -> vue(d, etapes(d)));
  }

  private List<Etape> etapes(DossierCarteVitale d) {
    List<Etape> etapes = new ArrayList<>();
    d.getHistorique().forEach(h -> etapes.add(new Etape(h.getDateStatut(), h.getStatut().libelle(), h.getCommentaire())));
    oppositions.findByReferenceDossier(d.getReference()).forEach(o -> etapes.add(new Etape(
        o.getDateOpposition(), "Carte mise en opposition",
        "La carte n° " + o.getNumeroSerie() + " ne peut plus être utilisée (" + o.getMotif().libelle().toLowerCase() + ").")));
    etapes.sort(Comparator.comparing(Etape::date));
    return etapes;
  }

  /** A declaration gives an attestation de droits to use until the new card comes. */
  private static List<Document> documents(DossierCarteVitale d) {
    return d.getNature() == NatureDossier.DECLARATION
        ? List.of(new Document("Attestation de droits (PDF)", "/api/cartes-vitale/declarations/" + d.getReference() + "/attestation"))
        : List.of();
  }

  private static Dossier vue(DossierCarteVitale d, List<Etape> etapes) {
    String demarche = d.getNature() == NatureDossier.COMMANDE ? "Commande d'une première carte Vitale"
        : d.getMotif() == MotifDeclaration.PERTE ? "Déclaration de perte de la carte Vitale"
        : d.getMotif() == MotifDeclaration.VOL ? "Déclaration de vol de la carte Vitale"
        : "Remplacement d'une carte Vitale détériorée";
    Attente attente = d.getStatut() == StatutDossier.PIECES_ATTENDUES
        ? new Attente("Envoyez une photo d'identité et une pièce d'identité de " + d.nomCompletBeneficiaire()
            + " : la carte ne peut pas être fabriquée sans elles.", "Envoyer la photo et la pièce d'identité",
            "/espace/demarches/" + d.getReference() + "/pieces")
        : null;
    return new Dossier(d.getReference(), demarche, d.nomCompletBeneficiaire(), d.getStatut().libelle(), d.estOuvert(),
        d.getCreeLe(), etapes, attente, THEMATIQUE, documents(d));
  }
}
