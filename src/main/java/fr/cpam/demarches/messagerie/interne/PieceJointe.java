package fr.cpam.demarches.messagerie.interne;

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

/**
 * A document attached to an entry (a PDF, a photo of a prescription...). Its bytes are kept in
 * our database with the conversation, so that a cluster needs no shared file system.
 */
@Entity
@Table(name = "messagerie_piece_jointe")
public class PieceJointe {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "echange_id")
  private Echange echange;

  @Column(nullable = false, length = 255)
  private String nomFichier;

  @Column(nullable = false, length = 100)
  private String typeContenu;

  @Column(nullable = false)
  private long taille;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] contenu;

  protected PieceJointe() {}

  public PieceJointe(Echange echange, String nomFichier, String typeContenu, byte[] contenu) {
    this.echange = echange;
    this.nomFichier = nomFichier;
    this.typeContenu = typeContenu;
    this.taille = contenu.length;
    this.contenu = contenu;
  }

  public Long getId() {
    return id;
  }

  public Echange getEchange() {
    return echange;
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
}
