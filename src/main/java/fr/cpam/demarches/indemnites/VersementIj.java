package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.paiements.PayeA;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One payment of allowances for a period of an arrêt. Its idempotency key (dossier reference and
 * first day of the period) is unique in the database: the same period can never be paid twice,
 * whatever retries or nodes run the step.
 */
@Entity
@Table(name = "versement_ij")
class VersementIj {

  enum Statut {
    A_VERSER,
    VERSE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "arret_id")
  private ArretTravail arret;

  @Column(nullable = false, unique = true, length = 60)
  private String cleIdempotence;

  @Column(nullable = false)
  private LocalDate periodeDebut;

  @Column(nullable = false)
  private LocalDate periodeFin;

  @Column(nullable = false)
  private int jours;

  @Column(nullable = false)
  private BigDecimal montantJournalier;

  @Column(nullable = false)
  private BigDecimal montantBrut;

  @Column(nullable = false)
  private BigDecimal csg;

  @Column(nullable = false)
  private BigDecimal crds;

  @Column(nullable = false)
  private BigDecimal montantNet;

  @Enumerated(EnumType.STRING)
  @Column(name = "paye_a", nullable = false, length = 20)
  private PayeA payeA;

  private String siretEmployeur;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Statut statut;

  private String referenceVirement;

  @Column(nullable = false)
  private Instant creeLe;

  private Instant verseLe;

  protected VersementIj() {}

  VersementIj(ArretTravail arret, LocalDate periodeDebut, LocalDate periodeFin, BigDecimal montantJournalier,
      CalculIndemnites.MontantPeriode montant, Clock horloge) {
    this.arret = arret;
    this.cleIdempotence = cle(arret.getReference(), periodeDebut);
    this.periodeDebut = periodeDebut;
    this.periodeFin = periodeFin;
    this.jours = montant.jours();
    this.montantJournalier = montantJournalier;
    this.montantBrut = montant.brut();
    this.csg = montant.csg();
    this.crds = montant.crds();
    this.montantNet = montant.net();
    this.payeA = arret.paieLEmployeur() ? PayeA.EMPLOYEUR : PayeA.ASSURE;
    this.siretEmployeur = arret.paieLEmployeur() ? arret.getSiretEmployeur() : null;
    this.statut = Statut.A_VERSER;
    this.creeLe = horloge.instant();
  }

  static String cle(String referenceDossier, LocalDate periodeDebut) {
    return referenceDossier + "/" + periodeDebut;
  }

  void verse(String referenceVirement, Clock horloge) {
    this.statut = Statut.VERSE;
    this.referenceVirement = referenceVirement;
    this.verseLe = horloge.instant();
  }

  boolean estVerse() {
    return statut == Statut.VERSE;
  }

  Long getId() {
    return id;
  }

  ArretTravail getArret() {
    return arret;
  }

  String getCleIdempotence() {
    return cleIdempotence;
  }

  LocalDate getPeriodeDebut() {
    return periodeDebut;
  }

  LocalDate getPeriodeFin() {
    return periodeFin;
  }

  int getJours() {
    return jours;
  }

  BigDecimal getMontantJournalier() {
    return montantJournalier;
  }

  BigDecimal getMontantBrut() {
    return montantBrut;
  }

  BigDecimal getCsg() {
    return csg;
  }

  BigDecimal getCrds() {
    return crds;
  }

  BigDecimal getMontantNet() {
    return montantNet;
  }

  PayeA getPayeA() {
    return payeA;
  }

  String getSiretEmployeur() {
    return siretEmployeur;
  }

  Statut getStatut() {
    return statut;
  }

  String getReferenceVirement() {
    return referenceVirement;
  }

  Instant getVerseLe() {
    return verseLe;
  }
}
