package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiers;
import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiersRepository;
import fr.cpam.demarches.accidenttiers.interne.EtapeAccident;
import fr.cpam.demarches.accidenttiers.interne.PieceAccidentRepository;
import fr.cpam.demarches.commun.SuiviDossiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accidents caused by a third party an account declared, in "Mes démarches": their status as
 * the victim reads it (a late declaration says so), their public steps in words (never the
 * agents' notes), the report she attached, and what the CPAM waits for from her when it asked her
 * to complete the declaration (her task, which "Mes démarches" links to).
 */
@Component
class SuiviDossiersAccidentTiers implements SuiviDossiers {

  static final String DEMARCHE = "Accident causé par un tiers";
  static final String TARDIVE = " (déclaration tardive)";

  private final DossierAccidentTiersRepository dossiers;
  private final PieceAccidentRepository pieces;

  SuiviDossiersAccidentTiers(DossierAccidentTiersRepository dossiers, PieceAccidentRepository pieces) {
    this.dossiers = dossiers;
    this.pieces = pieces;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Dossier> recents(String compte, int nombre) {
    return dossiers.deProprietaire(compte, PageRequest.of(0, nombre)).stream().map(d -> vue(d, List.of(), List.of(), null)).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public long nombre(String compte) {
    return dossiers.countByProprietaire(compte);
  }

  @Override
  public boolean peutTenir(String reference) {
    return SuiviDossiers.prefixee(reference, AccidentTiersProcess.PREFIXE_REFERENCE);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Dossier> dossier(String compte, String reference) {
    return dossiers.findByReference(reference)
        .filter(d -> d.getProprietaire().equals(compte))
        .map(d -> vue(d, etapes(d), documents(d), questionEnAttente(d)));
  }

  /** The steps the victim reads, each in the words of what happened; the first says whether it was in time and why that matters. */
  static List<Etape> etapes(DossierAccidentTiers d) {
    List<Etape> etapes = new ArrayList<>();
    boolean premiere = true;
    for (EtapeAccident e : d.getEtapes()) {
      if (e.isInterne()) {
        continue;
      }
      if (premiere) {
        etapes.add(new Etape(e.getLe(), d.isEnRetard() ? "Déclaration reçue hors délai" : "Déclaration reçue",
            (e.getDetail() == null ? "" : e.getDetail() + ". " + DossiersAccidentTiers.POURQUOI_LE_DELAI + " ")
                + DossiersAccidentTiers.REMBOURSEMENTS_INCHANGES));
        premiere = false;
      } else {
        etapes.add(new Etape(e.getLe(), libelle(e.getStatut()), e.getDetail()));
      }
    }
    return etapes;
  }

  /** A step after the declaration, as what happened (the status says where the dossier stands). */
  static String libelle(StatutAccident statut) {
    return switch (statut) {
      case DECLAREE -> "Déclaration de nouveau à l'étude";
      case COMPLEMENT_DEMANDE -> "Votre CPAM vous demande des informations";
      case RECHERCHE_ASSUREUR -> "Courrier envoyé au responsable de l'accident";
      case EN_INSTRUCTION -> "Recours engagé";
      case EN_CHIFFRAGE -> "Calcul des frais à réclamer";
      case CREANCE_NOTIFIEE -> "Frais réclamés au responsable";
      case EN_DESACCORD -> "Désaccord avec le responsable ou son assureur";
      default -> statut.libelle();
    };
  }

  private List<Document> documents(DossierAccidentTiers d) {
    return pieces.apercusDe(d).stream()
        .map(p -> new Document("Procès-verbal ou plainte : " + p.nomFichier(),
            "/api/accidents-tiers/" + d.getReference() + "/pieces/" + p.id()))
        .toList();
  }

  /** The question of the agent while the dossier waits for her answer. */
  private static String questionEnAttente(DossierAccidentTiers d) {
    if (d.getStatut() != StatutAccident.COMPLEMENT_DEMANDE) {
      return null;
    }
    List<EtapeAccident> etapes = d.getEtapes();
    for (int i = etapes.size() - 1; i >= 0; i--) {
      if (etapes.get(i).getStatut() == StatutAccident.COMPLEMENT_DEMANDE && !etapes.get(i).isInterne()) {
        return etapes.get(i).getDetail();
      }
    }
    return null;
  }

  private static Dossier vue(DossierAccidentTiers d, List<Etape> etapes, List<Document> documents, String question) {
    Attente attente = d.getStatut() == StatutAccident.COMPLEMENT_DEMANDE
        ? new Attente("Votre CPAM vous demande de compléter votre déclaration" + (question == null ? "." : " : " + question)
            + " Répondez dans les 30 jours.", "Compléter ma déclaration", null)
        : null;
    String demarche = DEMARCHE + " : " + (d.getNature() == NatureAccident.AUTRE ? "accident" : d.getNature().libelle().toLowerCase()) + " du "
        + ValidationDeclaration.JJ_MM_AAAA.format(d.getDateAccident());
    return new Dossier(d.getReference(), demarche, d.getNomBeneficiaire(),
        d.getStatut().libelle() + (d.isEnRetard() && !d.estClos() ? TARDIVE : ""), !d.estClos(), d.getDeclareLe(), etapes, attente,
        null, documents);
  }
}
