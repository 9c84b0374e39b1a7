package fr.cpam.demarches.delais.interne;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A dossier the system finished processing: its theme, its CPAM and how long it took. */
@Entity
@Table(name = "traitement_termine")
public class TraitementTermine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String processInstanceId;

  @Column(nullable = false, length = 100)
  private String cleProcessus;

  @Column(nullable = false, length = 40)
  private String thematique;

  @Column(nullable = false, length = 3)
  private String cpamCode;

  @Column(nullable = false)
  private Instant debut;

  @Column(nullable = false)
  private Instant fin;

  /** Calendar days between the day it was received and the day it was done (Paris). */
  @Column(nullable = false)
  private int dureeJours;

  protected TraitementTermine() {}

  public TraitementTermine(String processInstanceId, String cleProcessus, String thematique, String cpamCode, Instant debut, Instant fin, int dureeJours) {
    this.processInstanceId = processInstanceId;
    this.cleProcessus = cleProcessus;
    this.thematique = thematique;
    this.cpamCode = cpamCode;
    this.debut = debut;
    this.fin = fin;
    this.dureeJours = dureeJours;
  }

  public String getThematique() {
    return thematique;
  }

  public String getCpamCode() {
    return cpamCode;
  }

  public int getDureeJours() {
    return dureeJours;
  }
}
