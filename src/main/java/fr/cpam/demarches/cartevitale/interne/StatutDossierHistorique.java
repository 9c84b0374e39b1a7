package fr.cpam.demarches.cartevitale.interne;

import fr.cpam.demarches.cartevitale.StatutDossier;
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

/** One step in the life of a dossier, kept for the citizen's history and for the agents. */
@Entity
@Table(name = "dossier_carte_vitale_statut")
public class StatutDossierHistorique {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dossier_id")
  private DossierCarteVitale dossier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private StatutDossier statut;

  private String commentaire;

  @Column(nullable = false)
  private Instant dateStatut;

  protected StatutDossierHistorique() {}

  public StatutDossierHistorique(DossierCarteVitale dossier, StatutDossier statut, String commentaire, Clock horloge) {
    this.dossier = dossier;
    this.statut = statut;
    this.commentaire = commentaire;
    this.dateStatut = horloge.instant();
  }

  public StatutDossier getStatut() {
    return statut;
  }

  public String getCommentaire() {
    return commentaire;
  }

  public Instant getDateStatut() {
    return dateStatut;
  }
}
