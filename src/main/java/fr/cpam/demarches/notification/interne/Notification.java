package fr.cpam.demarches.notification.interne;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;

/** A message from a procedure to a citizen: "Votre carte Vitale a été expédiée", for example. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The engine user id of the account owner (13 NIR characters): who reads it. */
  @Column(nullable = false, length = 13)
  private String destinataire;

  /** The dossier it is about, if any. */
  @Column(length = 30)
  private String referenceDossier;

  @Column(nullable = false, length = 150)
  private String titre;

  @Column(nullable = false, length = 4000)
  private String texte;

  @Column(nullable = false)
  private Instant creeLe;

  private Instant lueLe;

  protected Notification() {}

  public Notification(String destinataire, String referenceDossier, String titre, String texte, Clock horloge) {
    this.destinataire = destinataire;
    this.referenceDossier = referenceDossier;
    this.titre = titre;
    this.texte = texte;
    this.creeLe = horloge.instant();
  }

  public void marquerLue(Clock horloge) {
    if (lueLe == null) {
      lueLe = horloge.instant();
    }
  }

  public Long getId() {
    return id;
  }

  public String getDestinataire() {
    return destinataire;
  }

  public String getReferenceDossier() {
    return referenceDossier;
  }

  public String getTitre() {
    return titre;
  }

  public String getTexte() {
    return texte;
  }

  public Instant getCreeLe() {
    return creeLe;
  }

  public Instant getLueLe() {
    return lueLe;
  }
}
