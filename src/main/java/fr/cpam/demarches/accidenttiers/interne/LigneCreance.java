package fr.cpam.demarches.accidenttiers.interne;

import fr.cpam.demarches.accidenttiers.NatureFrais;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One item of a claim: what the CPAM paid because of the accident, with its nature and its
 * period (a care cost has one day), in cents. {@code cleSource} names where it comes from (the
 * payment's key in "Mes paiements", or the agent's entry): the same payment is never claimed
 * twice.
 */
@Entity
@Table(name = "accident_tiers_ligne")
public class LigneCreance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "accident_id")
  private DossierAccidentTiers dossier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private NatureFrais nature;

  @Column(nullable = false, length = 200)
  private String libelle;

  @Column(nullable = false)
  private LocalDate periodeDebut;

  @Column(nullable = false)
  private LocalDate periodeFin;

  /** In cents. */
  @Column(nullable = false)
  private long montant;

  @Column(nullable = false, length = 100)
  private String cleSource;

  @Column(length = 64)
  private String saisiePar;

  @Column(nullable = false)
  private Instant ajouteeLe;

  /** The number of the claim sent to the payer that first carried this line; null before. */
  private Integer envoi;

  protected LigneCreance() {}

  public LigneCreance(DossierAccidentTiers dossier, NatureFrais nature, String libelle, LocalDate debut, LocalDate fin, long montant,
      String cleSource, String saisiePar, Clock horloge) {
    this.dossier = dossier;
    this.nature = nature;
    this.libelle = libelle.length() > 200 ? libelle.substring(0, 200) : libelle;
    this.periodeDebut = debut;
    this.periodeFin = fin;
    this.montant = montant;
    this.cleSource = cleSource;
    this.saisiePar = saisiePar;
    this.ajouteeLe = horloge.instant();
  }

  public void envoyeeAvec(int numero) {
    if (envoi == null) {
      envoi = numero;
    }
  }

  public Long getId() {
    return id;
  }

  public NatureFrais getNature() {
    return nature;
  }

  public String getLibelle() {
    return libelle;
  }

  public LocalDate getPeriodeDebut() {
    return periodeDebut;
  }

  public LocalDate getPeriodeFin() {
    return periodeFin;
  }

  public long getMontant() {
    return montant;
  }

  public String getCleSource() {
    return cleSource;
  }

  public String getSaisiePar() {
    return saisiePar;
  }

  public Integer getEnvoi() {
    return envoi;
  }
}
