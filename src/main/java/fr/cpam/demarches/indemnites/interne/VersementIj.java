package fr.cpam.demarches.indemnites.interne;

import fr.cpam.demarches.indemnites.CalculIndemnites;
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
public class VersementIj {

  public enum Statut {
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

  public VersementIj(ArretTravail arret, LocalDate periodeDebut, LocalDate periodeFin, BigDecimal montantJournalier,
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

  public static String cle(String referenceDossier, LocalDate periodeDebut) {
    return referenceDossier + "/" + periodeDebut;
  }

  public void verse(String referenceVirement, Clock horloge) {
    this.statut = Statut.VERSE;
    this.referenceVirement = referenceVirement;
    this.verseLe = horloge.instant();
  }

  public boolean estVerse() {
    return statut == Statut.VERSE;
  }

  public Long getId() {
    return id;
  }

  public ArretTravail getArret() {
    return arret;
  }

  public String getCleIdempotence() {
    return cleIdempotence;
  }

  public LocalDate getPeriodeDebut() {
    return periodeDebut;
  }

  public LocalDate getPeriodeFin() {
    return periodeFin;
  }

  public int getJours() {
    return jours;
  }

  public BigDecimal getMontantJournalier() {
    return montantJournalier;
  }

  public BigDecimal getMontantBrut() {
    return montantBrut;
  }

  public BigDecimal getCsg() {
    return csg;
  }

  public BigDecimal getCrds() {
    return crds;
  }

  public BigDecimal getMontantNet() {
    return montantNet;
  }

  public PayeA getPayeA() {
    return payeA;
  }

  public String getSiretEmployeur() {
    return siretEmployeur;
  }

  public Statut getStatut() {
    return statut;
  }

  public String getReferenceVirement() {
    return referenceVirement;
  }

  public Instant getVerseLe() {
    return verseLe;
  }
}
