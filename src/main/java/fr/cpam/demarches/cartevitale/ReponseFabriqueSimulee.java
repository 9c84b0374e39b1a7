package fr.cpam.demarches.cartevitale;

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
class ReponseFabriqueSimulee {

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

  ReponseFabriqueSimulee(String referenceDossier, String message, String numeroSuivi, Instant echeance) {
    this.referenceDossier = referenceDossier;
    this.message = message;
    this.numeroSuivi = numeroSuivi;
    this.echeance = echeance;
  }

  void marquerTransmise(Instant le) {
    this.transmiseLe = le;
  }

  Long getId() {
    return id;
  }

  String getReferenceDossier() {
    return referenceDossier;
  }

  String getMessage() {
    return message;
  }

  String getNumeroSuivi() {
    return numeroSuivi;
  }

  Instant getEcheance() {
    return echeance;
  }

  Instant getTransmiseLe() {
    return transmiseLe;
  }
}
