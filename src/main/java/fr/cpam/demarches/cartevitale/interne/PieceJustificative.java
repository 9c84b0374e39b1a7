package fr.cpam.demarches.cartevitale.interne;

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
import java.time.LocalDate;

/**
 * A photo or identity document on file for a person. The file itself is attached to the task
 * that received it (engine attachment); this record says what it is and until when it serves.
 */
@Entity
@Table(name = "piece_justificative")
public class PieceJustificative {

  public enum Nature {
    PHOTO,
    PIECE_IDENTITE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 15)
  private Nir titulaire;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Nature nature;

  @Column(nullable = false)
  private String nomFichier;

  @Column(nullable = false, length = 100)
  private String typeContenu;

  @Column(nullable = false)
  private long taille;

  @Column(length = 30)
  private String referenceDossier;

  @Column(length = 64)
  private String pieceJointeId;

  @Column(nullable = false)
  private Instant recueLe;

  @Column(name = "valable_jusqu_au", nullable = false)
  private LocalDate valableJusquAu;

  protected PieceJustificative() {}

  public PieceJustificative(
      Nir titulaire,
      Nature nature,
      String nomFichier,
      String typeContenu,
      long taille,
      String referenceDossier,
      String pieceJointeId,
      LocalDate valableJusquAu, Clock horloge) {
    this.titulaire = titulaire;
    this.nature = nature;
    this.nomFichier = nomFichier;
    this.typeContenu = typeContenu;
    this.taille = taille;
    this.referenceDossier = referenceDossier;
    this.pieceJointeId = pieceJointeId;
    this.recueLe = horloge.instant();
    this.valableJusquAu = valableJusquAu;
  }

  public Long getId() {
    return id;
  }

  public Nature getNature() {
    return nature;
  }

  public String getNomFichier() {
    return nomFichier;
  }

  public String getTypeContenu() {
    return typeContenu;
  }

  public long getTaille() {
    return taille;
  }

  public String getReferenceDossier() {
    return referenceDossier;
  }

  public String getPieceJointeId() {
    return pieceJointeId;
  }

  public Instant getRecueLe() {
    return recueLe;
  }

  public LocalDate getValableJusquAu() {
    return valableJusquAu;
  }
}
