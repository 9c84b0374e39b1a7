package fr.cpam.demarches.accidenttiers.interne;

import jakarta.persistence.Basic;
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

/** The police report or the complaint the victim sent, as received (type checked on its content). */
@Entity
@Table(name = "accident_tiers_piece")
public class PieceAccident {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "accident_id")
  private DossierAccidentTiers dossier;

  @Column(nullable = false)
  private String nomFichier;

  @Column(nullable = false, length = 100)
  private String typeContenu;

  private long taille;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] contenu;

  @Column(nullable = false)
  private Instant recueLe;

  protected PieceAccident() {}

  public PieceAccident(DossierAccidentTiers dossier, String nomFichier, String typeContenu, byte[] contenu, Clock horloge) {
    this.dossier = dossier;
    this.nomFichier = nomFichier;
    this.typeContenu = typeContenu;
    this.taille = contenu.length;
    this.contenu = contenu;
    this.recueLe = horloge.instant();
  }

  public Long getId() {
    return id;
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

  public byte[] getContenu() {
    return contenu;
  }

  public Instant getRecueLe() {
    return recueLe;
  }
}
