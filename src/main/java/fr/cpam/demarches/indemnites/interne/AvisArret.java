package fr.cpam.demarches.indemnites.interne;

import fr.cpam.demarches.commun.Empreinte;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * One sick-leave notice as the doctor sent it: the initial one or a prolongation. Its
 * fingerprint (the notice's content) is unique, so the same notice sent twice is recorded once.
 */
@Entity
@Table(name = "avis_arret")
public class AvisArret {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "arret_id")
  private ArretTravail arret;

  @Column(nullable = false, unique = true, length = 64)
  private String empreinte;

  @Column(nullable = false)
  private boolean prolongation;

  @Column(nullable = false)
  private LocalDate dateDebut;

  @Column(nullable = false)
  private LocalDate dateFin;

  @Column(nullable = false)
  private LocalDate datePrescription;

  @Column(nullable = false)
  private Instant recuLe;

  @Column(nullable = false)
  private boolean transmisEnRetard;

  /** The RPPS of the doctor whose account sent the notice (null for notices older than the ties). */
  @Column(length = 11)
  private String rppsPrescripteur;

  protected AvisArret() {}

  public AvisArret(ArretTravail arret, String empreinte, boolean prolongation, LocalDate dateDebut, LocalDate dateFin,
      LocalDate datePrescription, boolean transmisEnRetard, String rppsPrescripteur, Clock horloge) {
    this.arret = arret;
    this.empreinte = empreinte;
    this.prolongation = prolongation;
    this.dateDebut = dateDebut;
    this.dateFin = dateFin;
    this.datePrescription = datePrescription;
    this.recuLe = horloge.instant();
    this.transmisEnRetard = transmisEnRetard;
    this.rppsPrescripteur = rppsPrescripteur;
  }

  /** SHA-256 of what makes two notices the same notice. */
  public static String empreinte(String... champs) {
    return Empreinte.sha256(String.join("|", champs));
  }

  public ArretTravail getArret() {
    return arret;
  }

  public boolean isProlongation() {
    return prolongation;
  }

  public LocalDate getDateDebut() {
    return dateDebut;
  }

  public LocalDate getDateFin() {
    return dateFin;
  }

  public LocalDate getDatePrescription() {
    return datePrescription;
  }

  public Instant getRecuLe() {
    return recuLe;
  }

  public boolean isTransmisEnRetard() {
    return transmisEnRetard;
  }
}
