package fr.cpam.demarches.messagerie.interne;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One entry of a conversation: a message of the citizen, a question or answer of the CPAM, or
 * an internal note. The author is the engine user id (the agent's login, the citizen's 13 NIR
 * characters); the citizen is shown the agent's service, never the agent's name.
 */
@Entity
@Table(name = "messagerie_echange")
public class Echange {

  /** Room for a CPAM answer plus the mention of the voies de recours. */
  public static final int TEXTE_ENREGISTRE_MAX = 8000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "conversation_id")
  private Conversation conversation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NatureEchange nature;

  @Column(nullable = false, length = 64)
  private String auteur;

  /** The agent's service (group id) for the CPAM's entries; null for the citizen's. */
  @Column(length = 40)
  private String service;

  @Column(nullable = false, length = TEXTE_ENREGISTRE_MAX)
  private String texte;

  @Column(nullable = false)
  private Instant creeLe;

  /** When the citizen read this entry of the CPAM. */
  private Instant luLe;

  @OneToMany(mappedBy = "echange", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<PieceJointe> piecesJointes = new ArrayList<>();

  protected Echange() {}

  public Echange(Conversation conversation, NatureEchange nature, String auteur, String service, String texte, Clock horloge) {
    this.conversation = conversation;
    this.nature = nature;
    this.auteur = auteur;
    this.service = service;
    this.texte = texte;
    this.creeLe = horloge.instant();
  }

  public PieceJointe joindre(String nomFichier, String typeContenu, byte[] contenu) {
    PieceJointe piece = new PieceJointe(this, nomFichier, typeContenu, contenu);
    piecesJointes.add(piece);
    return piece;
  }

  public void marquerLu(Instant le) {
    if (luLe == null) {
      luLe = le;
    }
  }

  public boolean visibleAssure() {
    return nature.visibleAssure();
  }

  public Long getId() {
    return id;
  }

  public Conversation getConversation() {
    return conversation;
  }

  public NatureEchange getNature() {
    return nature;
  }

  public String getAuteur() {
    return auteur;
  }

  public String getService() {
    return service;
  }

  public String getTexte() {
    return texte;
  }

  public Instant getCreeLe() {
    return creeLe;
  }

  public Instant getLuLe() {
    return luLe;
  }

  public List<PieceJointe> getPiecesJointes() {
    return Collections.unmodifiableList(piecesJointes);
  }
}
