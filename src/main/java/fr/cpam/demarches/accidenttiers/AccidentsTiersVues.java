package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.accidenttiers.interne.ApercuPiece;
import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiers;
import fr.cpam.demarches.accidenttiers.interne.EtapeAccident;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What our API answers about accidents caused by a third party. */
final class AccidentsTiersVues {

  private AccidentsTiersVues() {}

  /** The body of {@code POST /api/accidents-tiers} (and the {@code declaration} part of the multipart form). */
  record DeclarationRequete(
      String beneficiaire,
      String dateAccident,
      String lieu,
      String natureAccident,
      String circonstances,
      Boolean tiersConnu,
      String tiersIdentite,
      String assureurNom,
      String assureurContrat,
      Boolean pvOuPlainte,
      String pvReference,
      String temoins,
      Boolean urgences,
      Boolean hospitalisation,
      Boolean arretTravail,
      String referenceArret,
      Boolean soinsEnCours,
      String complementaire) {

    SaisieDeclaration saisie(Fichier piece) {
      return new SaisieDeclaration(null, beneficiaire, dateAccident, lieu, natureAccident, circonstances, tiersConnu,
          tiersIdentite, assureurNom, assureurContrat, pvOuPlainte, pvReference, piece, temoins, urgences, hospitalisation,
          arretTravail, referenceArret, soinsEnCours, complementaire);
    }
  }

  record NatureVue(String code, String libelle) {}

  record EtapeVue(String statut, String libelle, String detail, Instant le) {}

  record PieceVue(Long id, String nomFichier, String typeContenu, long taille, Instant recueLe) {}

  record LigneVue(String nature, String libelle, LocalDate periodeDebut, LocalDate periodeFin, BigDecimal montant, Integer envoi) {}

  record EnvoiVue(int numero, String genre, BigDecimal sommes, BigDecimal forfaitGestion, BigDecimal total, LocalDate baremeDepuis,
      Instant envoyeLe) {}

  record NoteVue(String texte, String auteur, Instant le) {}

  /** The claim, as agents read it. */
  record CreanceVue(List<LigneVue> lignes, BigDecimal sommes, BigDecimal forfaitGestion, BigDecimal total, List<EnvoiVue> envois,
      BigDecimal recouvre) {}

  /**
   * A dossier. The victim reads its status, its public steps and what the deadline means; agents
   * also read the payer, the claim and their notes.
   */
  record DossierVue(
      String reference,
      String statut,
      String statutLibelle,
      boolean clos,
      String victime,
      LocalDate dateAccident,
      String natureAccident,
      String natureLibelle,
      String lieu,
      Instant declareLe,
      boolean declarationTardive,
      String information,
      List<EtapeVue> historique,
      List<PieceVue> pieces,
      String payeur,
      CreanceVue creance,
      List<NoteVue> notes) {

    static DossierVue pourVictime(DossierAccidentTiers d, List<ApercuPiece> pieces) {
      return de(d, pieces, null, false);
    }

    static DossierVue pourAgent(DossierAccidentTiers d, List<ApercuPiece> pieces, CreancesAccidentTiers.Etat creance) {
      return de(d, pieces, creance, true);
    }

    private static DossierVue de(DossierAccidentTiers d, List<ApercuPiece> pieces, CreancesAccidentTiers.Etat etat, boolean agent) {
      String information = DossiersAccidentTiers.REMBOURSEMENTS_INCHANGES
          + (d.isEnRetard() ? " " + DossiersAccidentTiers.POURQUOI_LE_DELAI : "");
      return new DossierVue(
          d.getReference(), d.getStatut().code(), d.getStatut().libelle(), d.estClos(), d.getNomBeneficiaire(), d.getDateAccident(),
          d.getNature().code(), d.getNature().libelle(), d.getLieu(), d.getDeclareLe(), d.isEnRetard(), information,
          d.getEtapes().stream().filter(e -> !e.isInterne())
              .map(e -> new EtapeVue(e.getStatut().code(), e.getStatut().libelle(), e.getDetail(), e.getLe())).toList(),
          pieces.stream().map(p -> new PieceVue(p.id(), p.nomFichier(), p.typeContenu(), p.taille(), p.recueLe())).toList(),
          agent ? d.getPayeurNom() : null,
          agent ? creance(etat, d) : null,
          agent ? d.getEtapes().stream().filter(EtapeAccident::isInterne)
              .map(e -> new NoteVue(e.getDetail(), e.getAuteur(), e.getLe())).toList() : null);
    }

    private static CreanceVue creance(CreancesAccidentTiers.Etat etat, DossierAccidentTiers d) {
      return new CreanceVue(
          etat.lignes().stream().map(l -> new LigneVue(l.getNature().code(), l.getLibelle(), l.getPeriodeDebut(), l.getPeriodeFin(),
              Montants.euros(l.getMontant()), l.getEnvoi())).toList(),
          Montants.euros(etat.principal()), Montants.euros(etat.forfait().montant()), Montants.euros(etat.total()),
          etat.envois().stream().map(e -> new EnvoiVue(e.getNumero(), e.getGenre().name().toLowerCase(), Montants.euros(e.getPrincipal()),
              Montants.euros(e.getForfait()), Montants.euros(e.total()), e.getBaremeDepuis(), e.getEnvoyeLe())).toList(),
          d.getMontantRecouvre() == null ? null : Montants.euros(d.getMontantRecouvre()));
    }
  }

  /** One line of "my dossiers". */
  record ApercuVue(String reference, String statut, String statutLibelle, boolean clos, String victime, LocalDate dateAccident,
      String natureLibelle, boolean declarationTardive, Instant declareLe) {

    static ApercuVue de(DossierAccidentTiers d) {
      return new ApercuVue(d.getReference(), d.getStatut().code(), d.getStatut().libelle(), d.estClos(), d.getNomBeneficiaire(),
          d.getDateAccident(), d.getNature().libelle(), d.isEnRetard(), d.getDeclareLe());
    }
  }

  /** What {@code POST /api/accidents-tiers} answers. */
  record DeclarationEnregistree(String reference, String statut, boolean declarationTardive, String information) {

    static DeclarationEnregistree de(DossierAccidentTiers d) {
      return new DeclarationEnregistree(d.getReference(), d.getStatut().code(), d.isEnRetard(),
          DossiersAccidentTiers.REMBOURSEMENTS_INCHANGES + (d.isEnRetard() ? " " + DossiersAccidentTiers.POURQUOI_LE_DELAI : ""));
    }
  }

}
