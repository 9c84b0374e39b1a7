package fr.cpam.demarches.cartevitale.interne;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An answer the simulated factory will send when its time comes. Kept in the database so that
 * a restart or another node of the cluster still sends it.
 */
@Entity
@Table(name = "fabrique_simulee_reponse")
public class ReponseFabriqueSimulee {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 30)
  private String referenceDossier;

  @Column(nullable = false, length = 40)
  private String message;

  @Column(length = 40)
  private String numeroSuivi;

  @Column(nullable = false)
  private Instant echeance;

  private Instant transmiseLe;

  protected ReponseFabriqueSimulee() {}

  public ReponseFabriqueSimulee(String referenceDossier, String message, String numeroSuivi, Instant echeance) {
    this.referenceDossier = referenceDossier;
    this.message = message;
    this.numeroSuivi = numeroSuivi;
    this.echeance = echeance;
  }

  public void marquerTransmise(Instant le) {
    this.transmiseLe = le;
  }

  public Long getId() {
    return id;
  }

  public String getReferenceDossier() {
    return referenceDossier;
  }

  public String getMessage() {
    return message;
  }

  public String getNumeroSuivi() {
    return numeroSuivi;
  }

  public Instant getEcheance() {
    return echeance;
  }

  public Instant getTransmiseLe() {
    return transmiseLe;
  }
}
