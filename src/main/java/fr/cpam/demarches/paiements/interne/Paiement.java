package fr.cpam.demarches.paiements.interne;

import fr.cpam.demarches.paiements.NaturePaiement;
import fr.cpam.demarches.paiements.PaiementAttendu;
import fr.cpam.demarches.paiements.PaiementEffectue;
import fr.cpam.demarches.paiements.PayeA;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** One line of "Mes paiements". */
@Entity
@Table(name = "paiement")
public class Paiement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 80)
  private String cleSource;

  @Column(nullable = false, length = 15)
  private String nirAssure;

  @Column(nullable = false, length = 15)
  private String nirBeneficiaire;

  @Column(nullable = false, length = 160)
  private String nomBeneficiaire;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private NaturePaiement nature;

  @Column(length = 200)
  private String libelle;

  private LocalDate datePaiement;
  private LocalDate periodeDebut;
  private LocalDate periodeFin;
  private BigDecimal montantBrut;
  private BigDecimal csg;
  private BigDecimal crds;
  private BigDecimal retenues;
  private BigDecimal montantNet;

  @Enumerated(EnumType.STRING)
  @Column(name = "paye_a", nullable = false, length = 20)
  private PayeA payeA;

  @Column(name = "libelle_paye_a", nullable = false, length = 120)
  private String libellePayeA;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StatutPaiement statut;

  @Column(length = 300)
  private String etapeAttente;

  @Column(length = 30)
  private String referenceDossier;

  /** For an awaited payment: the day it is planned, when the procedure knows it. */
  private LocalDate datePrevue;

  @Column(name = "mis_a_jour_le", nullable = false)
  private Instant misAJourLe;

  protected Paiement() {}

  public Paiement(String cleSource) {
    this.cleSource = cleSource;
  }

  public void payer(PaiementEffectue p, Clock horloge) {
    this.nirAssure = p.nirAssure();
    this.nirBeneficiaire = p.nirBeneficiaire();
    this.nomBeneficiaire = p.nomBeneficiaire();
    this.nature = p.nature();
    this.libelle = p.libelle();
    this.datePaiement = p.datePaiement();
    this.periodeDebut = p.periodeDebut();
    this.periodeFin = p.periodeFin();
    this.montantBrut = p.montantBrut();
    this.csg = p.retenuesCsg();
    this.crds = p.retenuesCrds();
    this.retenues = p.retenuesCsg().add(p.retenuesCrds());
    this.montantNet = p.montantBrut().subtract(this.retenues);
    this.payeA = p.payeA();
    this.libellePayeA = p.libellePayeA();
    this.statut = StatutPaiement.PAYE;
    this.etapeAttente = null;
    this.datePrevue = null;
    this.referenceDossier = p.referenceDossier();
    this.misAJourLe = horloge.instant();
  }

  public void attendre(PaiementAttendu p, Clock horloge) {
    this.nirAssure = p.nirAssure();
    this.nirBeneficiaire = p.nirBeneficiaire();
    this.nomBeneficiaire = p.nomBeneficiaire();
    this.nature = p.nature();
    this.libelle = p.libelle();
    this.periodeDebut = p.periodeDebut();
    this.periodeFin = p.periodeFin();
    this.payeA = p.payeA();
    this.libellePayeA = p.libellePayeA();
    this.statut = StatutPaiement.EN_ATTENTE;
    this.etapeAttente = p.etapeAttente();
    this.datePrevue = p.datePrevue();
    this.referenceDossier = p.referenceDossier();
    this.misAJourLe = horloge.instant();
  }

  public boolean estPaye() {
    return statut == StatutPaiement.PAYE;
  }

  public Long getId() {
    return id;
  }

  public String getCleSource() {
    return cleSource;
  }

  public String getNirAssure() {
    return nirAssure;
  }

  public String getNirBeneficiaire() {
    return nirBeneficiaire;
  }

  public String getNomBeneficiaire() {
    return nomBeneficiaire;
  }

  public NaturePaiement getNature() {
    return nature;
  }

  public String getLibelle() {
    return libelle;
  }

  public LocalDate getDatePaiement() {
    return datePaiement;
  }

  public LocalDate getPeriodeDebut() {
    return periodeDebut;
  }

  public LocalDate getPeriodeFin() {
    return periodeFin;
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

  public BigDecimal getRetenues() {
    return retenues;
  }

  public BigDecimal getMontantNet() {
    return montantNet;
  }

  public PayeA getPayeA() {
    return payeA;
  }

  public String getLibellePayeA() {
    return libellePayeA;
  }

  public StatutPaiement getStatut() {
    return statut;
  }

  public String getEtapeAttente() {
    return etapeAttente;
  }

  public LocalDate getDatePrevue() {
    return datePrevue;
  }

  public String getReferenceDossier() {
    return referenceDossier;
  }
}
