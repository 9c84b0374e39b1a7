package fr.cpam.demarches.cartevitale.interne;

import fr.cpam.demarches.cartevitale.StatutCarteVitale;
import fr.cpam.demarches.compte.Nir;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A carte Vitale. It belongs to a person (its holder's NIR), whatever the accounts that person
 * is attached to. A card put in opposition never becomes valid again.
 */
@Entity
@Table(name = "carte_vitale")
public class CarteVitale {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String numeroSerie;

  @Column(nullable = false, length = 15)
  private Nir titulaire;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StatutCarteVitale statut;

  private LocalDate dateEmission;

  @Column(nullable = false)
  private Instant dateStatut;

  @Version private long version;

  protected CarteVitale() {}

  public CarteVitale(String numeroSerie, Nir titulaire, StatutCarteVitale statut, LocalDate dateEmission, Clock horloge) {
    this.numeroSerie = numeroSerie;
    this.titulaire = titulaire;
    this.statut = statut;
    this.dateEmission = dateEmission;
    this.dateStatut = horloge.instant();
  }

  /**
   * Moves the card to a new status. Opposition and replacement are final: a declared card never
   * comes back.
   */
  public void changerStatut(StatutCarteVitale nouveau, Clock horloge) {
    if (statut == StatutCarteVitale.EN_OPPOSITION || statut == StatutCarteVitale.REMPLACEE) {
      throw new IllegalStateException("Carte " + numeroSerie + " déjà " + statut.libelle().toLowerCase());
    }
    this.statut = nouveau;
    this.dateStatut = horloge.instant();
    if (nouveau == StatutCarteVitale.ACTIVE && dateEmission == null) {
      this.dateEmission = LocalDate.now(horloge);
    }
  }

  /** True while the card can still be used or is on its way (not opposed, not replaced). */
  public boolean estValide() {
    return statut == StatutCarteVitale.ACTIVE;
  }

  public Long getId() {
    return id;
  }

  public String getNumeroSerie() {
    return numeroSerie;
  }

  public Nir getTitulaire() {
    return titulaire;
  }

  public StatutCarteVitale getStatut() {
    return statut;
  }

  public LocalDate getDateEmission() {
    return dateEmission;
  }

  public Instant getDateStatut() {
    return dateStatut;
  }
}
