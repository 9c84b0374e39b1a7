package fr.cpam.demarches.accidenttiers.interne;

import fr.cpam.demarches.accidenttiers.StatutAccident;
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

/**
 * One step of a dossier: a status the victim reads with its explanation, or an agent's note
 * ({@code interne}), which only agents read. Who wrote it is kept here, never in a process
 * variable the victim could read.
 */
@Entity
@Table(name = "accident_tiers_etape")
public class EtapeAccident {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "accident_id")
  private DossierAccidentTiers dossier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private StatutAccident statut;

  @Column(length = 2000)
  private String detail;

  private boolean interne;

  @Column(length = 64)
  private String auteur;

  @Column(nullable = false)
  private Instant le;

  protected EtapeAccident() {}

  public EtapeAccident(DossierAccidentTiers dossier, StatutAccident statut, String detail, boolean interne, String auteur, Clock horloge) {
    this.dossier = dossier;
    this.statut = statut;
    this.detail = detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
    this.interne = interne;
    this.auteur = auteur;
    this.le = horloge.instant();
  }

  public StatutAccident getStatut() {
    return statut;
  }

  public String getDetail() {
    return detail;
  }

  public boolean isInterne() {
    return interne;
  }

  public String getAuteur() {
    return auteur;
  }

  public Instant getLe() {
    return le;
  }
}
