package fr.cpam.demarches.accidenttiers.interne;

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
 * A claim as it was sent to the payer: its number in the dossier (1, 2… each new send — new
 * costs, an agreed amount — is a new number), its idempotency key, the sum of its items and the
 * management fee computed with the scale in force that day. The number only moves when our side
 * commits the send: a job retried after a crash sends the same key again.
 */
@Entity
@Table(name = "accident_tiers_envoi")
public class EnvoiCreance {

  /** Why it was sent. */
  public enum Genre {
    INITIALE,
    COMPLEMENTAIRE,
    TRANSIGEE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "accident_id")
  private DossierAccidentTiers dossier;

  @Column(nullable = false)
  private int numero;

  @Column(nullable = false, length = 60)
  private String cleIdempotence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Genre genre;

  /** Sum of the items, in cents. */
  @Column(nullable = false)
  private long principal;

  /** Indemnité forfaitaire de gestion, in cents. */
  @Column(nullable = false)
  private long forfait;

  /** The first day of the scale's line used for the fee. */
  @Column(nullable = false)
  private LocalDate baremeDepuis;

  @Column(nullable = false)
  private Instant envoyeLe;

  protected EnvoiCreance() {}

  public EnvoiCreance(DossierAccidentTiers dossier, int numero, Genre genre, long principal, long forfait, LocalDate baremeDepuis, Clock horloge) {
    this.dossier = dossier;
    this.numero = numero;
    this.cleIdempotence = cle(dossier.getReference(), numero);
    this.genre = genre;
    this.principal = principal;
    this.forfait = forfait;
    this.baremeDepuis = baremeDepuis;
    this.envoyeLe = horloge.instant();
  }

  /** The idempotency key of a dossier's n-th claim: {@code ACT-2026-000123/2}. */
  public static String cle(String reference, int numero) {
    return reference + "/" + numero;
  }

  public long total() {
    return principal + forfait;
  }

  public int getNumero() {
    return numero;
  }

  public String getCleIdempotence() {
    return cleIdempotence;
  }

  public Genre getGenre() {
    return genre;
  }

  public long getPrincipal() {
    return principal;
  }

  public long getForfait() {
    return forfait;
  }

  public LocalDate getBaremeDepuis() {
    return baremeDepuis;
  }

  public Instant getEnvoyeLe() {
    return envoyeLe;
  }
}
