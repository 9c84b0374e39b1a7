package fr.cpam.demarches.indemnites.interne;

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
import java.util.List;

/** The employer's salary attestation for an arrêt: the salaries and hours the rights rest on. */
@Entity
@Table(name = "attestation_salaire")
public class AttestationSalaire {

  public enum Statut {
    RECUE,
    CONFIRMEE,
    REJETEE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "arret_id")
  private ArretTravail arret;

  @Column(nullable = false)
  private BigDecimal salaire1;

  @Column(nullable = false)
  private BigDecimal salaire2;

  @Column(nullable = false)
  private BigDecimal salaire3;

  @Column(nullable = false)
  private BigDecimal heuresTravaillees;

  @Column(nullable = false)
  private boolean subrogation;

  private String siretEmployeur;
  private LocalDate dernierJourTravaille;
  private BigDecimal salairesSixMois;
  private BigDecimal heuresDouzeMois;
  private BigDecimal salairesDouzeMois;

  @Column(nullable = false)
  private Instant recueLe;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Statut statut;

  @Column(length = 300)
  private String motifVerification;

  protected AttestationSalaire() {}

  public AttestationSalaire(
      ArretTravail arret,
      List<BigDecimal> salaires,
      BigDecimal heuresTravaillees,
      boolean subrogation,
      String siretEmployeur,
      LocalDate dernierJourTravaille,
      BigDecimal salairesSixMois,
      BigDecimal heuresDouzeMois,
      BigDecimal salairesDouzeMois, Clock horloge) {
    this.arret = arret;
    this.salaire1 = salaires.get(0);
    this.salaire2 = salaires.get(1);
    this.salaire3 = salaires.get(2);
    this.heuresTravaillees = heuresTravaillees;
    this.subrogation = subrogation;
    this.siretEmployeur = siretEmployeur;
    this.dernierJourTravaille = dernierJourTravaille;
    this.salairesSixMois = salairesSixMois;
    this.heuresDouzeMois = heuresDouzeMois;
    this.salairesDouzeMois = salairesDouzeMois;
    this.recueLe = horloge.instant();
    this.statut = Statut.RECUE;
  }

  public List<BigDecimal> salaires() {
    return List.of(salaire1, salaire2, salaire3);
  }

  public BigDecimal totalTroisMois() {
    return salaire1.add(salaire2).add(salaire3);
  }

  /** The salaries of the 6 months before the arrêt, if the employer gave them: nothing stands in for them. */
  public BigDecimal getSalairesSixMois() {
    return salairesSixMois;
  }

  /**
   * Figures a rule needed and the employer gave later (to the agent of the prestations en
   * espèces): each one given replaces the empty one, the others stay.
   */
  public void completer(BigDecimal sixMois, BigDecimal heuresDouze, BigDecimal salairesDouze) {
    if (sixMois != null) {
      this.salairesSixMois = sixMois;
    }
    if (heuresDouze != null) {
      this.heuresDouzeMois = heuresDouze;
    }
    if (salairesDouze != null) {
      this.salairesDouzeMois = salairesDouze;
    }
  }

  public void aVerifier(String motif) {
    this.motifVerification = motif;
  }

  public void confirmer() {
    this.statut = Statut.CONFIRMEE;
  }

  public void rejeter() {
    this.statut = Statut.REJETEE;
  }

  public Long getId() {
    return id;
  }

  public ArretTravail getArret() {
    return arret;
  }

  public BigDecimal getHeuresTravaillees() {
    return heuresTravaillees;
  }

  public boolean isSubrogation() {
    return subrogation;
  }

  public String getSiretEmployeur() {
    return siretEmployeur;
  }

  public LocalDate getDernierJourTravaille() {
    return dernierJourTravaille;
  }

  public BigDecimal getHeuresDouzeMois() {
    return heuresDouzeMois;
  }

  public BigDecimal getSalairesDouzeMois() {
    return salairesDouzeMois;
  }

  public Statut getStatut() {
    return statut;
  }

  public String getMotifVerification() {
    return motifVerification;
  }

  public Instant getRecueLe() {
    return recueLe;
  }
}
