package fr.cpam.demarches.cartevitale.interne;

import fr.cpam.demarches.cartevitale.MotifDeclaration;
import fr.cpam.demarches.compte.Nir;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;

/**
 * A card put on the opposition list sent to health professionals: it is refused from then on,
 * even if it is found. One per card (unique serial number), never removed.
 */
@Entity
@Table(name = "opposition_carte_vitale")
public class OppositionCarteVitale {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String numeroSerie;

  @Column(nullable = false, length = 15)
  private Nir titulaire;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MotifDeclaration motif;

  @Column(nullable = false, length = 30)
  private String referenceDossier;

  @Column(nullable = false)
  private Instant dateOpposition;

  protected OppositionCarteVitale() {}

  public OppositionCarteVitale(String numeroSerie, Nir titulaire, MotifDeclaration motif, String referenceDossier, Clock horloge) {
    this.numeroSerie = numeroSerie;
    this.titulaire = titulaire;
    this.motif = motif;
    this.referenceDossier = referenceDossier;
    this.dateOpposition = horloge.instant();
  }

  public String getNumeroSerie() {
    return numeroSerie;
  }

  public Nir getTitulaire() {
    return titulaire;
  }

  public MotifDeclaration getMotif() {
    return motif;
  }

  public String getReferenceDossier() {
    return referenceDossier;
  }

  public Instant getDateOpposition() {
    return dateOpposition;
  }
}
