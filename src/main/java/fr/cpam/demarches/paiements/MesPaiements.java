package fr.cpam.demarches.paiements;

import fr.cpam.demarches.paiements.interne.Paiement;
import fr.cpam.demarches.paiements.interne.StatutPaiement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * "Mes paiements" as the API and the citizen's pages show it: the filters a citizen types, one
 * line per payment, the totals of the selection, and the page of lines.
 */
public final class MesPaiements {

  private MesPaiements() {}

  /** The tutorial's filters, as typed: période du / au, bénéficiaire (a NIR of the account), nature (a code). */
  public record Filtres(LocalDate du, LocalDate au, String beneficiaire, String nature) {
    public static Filtres aucun() {
      return new Filtres(null, null, null, null);
    }
  }

  public record Nature(String code, String libelle) {
    static Nature de(NaturePaiement nature) {
      return new Nature(nature.code(), nature.libelle());
    }
  }

  public record Periode(LocalDate du, LocalDate au) {}

  public record CodeLibelle(String code, String libelle) {}

  public record Ligne(
      LocalDate date,
      String beneficiaire,
      Nature nature,
      String libelle,
      Periode periode,
      BigDecimal montantBrut,
      BigDecimal csg,
      BigDecimal crds,
      BigDecimal retenues,
      BigDecimal montantNet,
      CodeLibelle payeA,
      CodeLibelle statut,
      String etapeAttente,
      LocalDate datePrevue,
      String referenceDossier) {

    static Ligne de(Paiement p) {
      Periode periode = p.getPeriodeDebut() == null ? null : new Periode(p.getPeriodeDebut(), p.getPeriodeFin());
      return new Ligne(
          p.getDatePaiement(),
          p.getNomBeneficiaire(),
          Nature.de(p.getNature()),
          p.getLibelle(),
          periode,
          euros(p.getMontantBrut()),
          euros(p.getCsg()),
          euros(p.getCrds()),
          euros(p.getRetenues()),
          euros(p.getMontantNet()),
          new CodeLibelle(p.getPayeA().code(), p.getLibellePayeA()),
          new CodeLibelle(p.getStatut().code(), p.getStatut().libelle()),
          p.getEtapeAttente(),
          p.getDatePrevue(),
          p.getReferenceDossier());
    }

    /** True for a payment made, false for one still awaited. */
    public boolean verse() {
      return StatutPaiement.PAYE.code().equals(statut.code());
    }
  }

  public record Totaux(long nombrePaiements, BigDecimal montantBrut, BigDecimal retenues, BigDecimal montantNet, long enAttente) {}

  public record Page(
      Periode periode, List<Ligne> paiements, int page, int taille, long totalLignes, int totalPages, Totaux totaux) {}

  /** Amounts always leave with two decimals (21.00, not 21), whatever the database returns. */
  static BigDecimal euros(BigDecimal montant) {
    return montant == null ? null : montant.setScale(2, RoundingMode.HALF_UP);
  }
}
