package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.Date;
import javax.xml.datatype.DatatypeFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The delays of the carte Vitale procedures ({@code cpam.carte-vitale.*}), read by the models'
 * timers and due dates ({@code ${delaisCarteVitale.relancePieces}}) and by the services.
 * BPMN durations are ISO 8601 strings; the values the Assurance Maladie does not publish, marked
 * [assumption] here and in docs/regles-metier.md, live here, not in the models.
 */
@BeanDeProcessus("delaisCarteVitale")
@ConfigurationProperties("cpam.carte-vitale")
public class DelaisCarteVitale {

  /** Reminder to the citizen who has not sent the photo and identity document. */
  private String relancePieces = "P15D";
  /** Closure of the dossier without the photo and identity document. */
  private String cloturePieces = "P2M";
  /** Due date of the agent's review of a declaration [assumption]. */
  private String examen = "P5D";
  /** Due date of the agent's identity check for a first card [assumption]. */
  private String verificationIdentite = "P5D";
  /** The factory has not said the card is made: an agent chases it. */
  private String fabriqueEnRetard = "P10D";
  /** Due date of the agent's task about a late factory [assumption]. */
  private String relanceFabrique = "P2D";
  /** From shipping to the letter box, after which the card counts as received and active [assumption]. */
  private String acheminement = "P7D";
  /** How long a photo and an identity document on file serve for a new card [assumption]. */
  private Period validitePieces = Period.ofYears(10);
  /** How long the attestation de droits delivered on declaration is valid [assumption]. */
  private Period validiteAttestation = Period.ofMonths(3);
  /** Largest photo accepted, in bytes. */
  private long tailleMaxPhoto = 2L * 1024 * 1024;
  /** Largest identity document accepted, in bytes. */
  private long tailleMaxPieceIdentite = 5L * 1024 * 1024;

  private final FabriqueSimulee fabriqueSimulee = new FabriqueSimulee();
  private final Clock horloge;

  /** {@code @Autowired}: the delays are bound by their setters, the clock is injected. */
  @Autowired
  public DelaisCarteVitale(Clock horloge) {
    this.horloge = horloge;
  }

  /** The simulated card factory: how long it takes, how often it fails. */
  public static class FabriqueSimulee {
    private Duration delaiFabrication = Duration.ofDays(3);
    private Duration delaiExpedition = Duration.ofDays(2);
    /** Share of orders the factory refuses (0 to 1); a refusal becomes a retried job. */
    private double tauxEchec = 0.0;
    /** Seed of the random draws (failures, tracking numbers): same seed, same story. */
    private long graine = 20260101L;
    /** How often due answers are sent back to the processes. */
    private Duration intervalle = Duration.ofSeconds(30);

    public Duration getDelaiFabrication() {
      return delaiFabrication;
    }

    public void setDelaiFabrication(Duration delaiFabrication) {
      this.delaiFabrication = delaiFabrication;
    }

    public Duration getDelaiExpedition() {
      return delaiExpedition;
    }

    public void setDelaiExpedition(Duration delaiExpedition) {
      this.delaiExpedition = delaiExpedition;
    }

    public double getTauxEchec() {
      return tauxEchec;
    }

    public void setTauxEchec(double tauxEchec) {
      this.tauxEchec = tauxEchec;
    }

    public long getGraine() {
      return graine;
    }

    public void setGraine(long graine) {
      this.graine = graine;
    }

    public Duration getIntervalle() {
      return intervalle;
    }

    public void setIntervalle(Duration intervalle) {
      this.intervalle = intervalle;
    }
  }

  /**
   * A due date that many ISO 8601 units from the engine's now (moved by tests), added field by
   * field on the calendar as the engine adds a timer's duration.
   */
  static Date dans(String dureeIso, Clock horloge) {
    try {
      Date echeance = Date.from(horloge.instant());
      DatatypeFactory.newInstance().newDuration(dureeIso).addTo(echeance);
      return echeance;
    } catch (Exception e) {
      throw new IllegalStateException("Durée ISO 8601 invalide : " + dureeIso, e);
    }
  }

  public Date echeanceExamen() {
    return dans(examen, horloge);
  }

  public Date echeanceVerificationIdentite() {
    return dans(verificationIdentite, horloge);
  }

  public Date echeancePieces() {
    return dans(cloturePieces, horloge);
  }

  public Date echeanceRelanceFabrique() {
    return dans(relanceFabrique, horloge);
  }

  public String getRelancePieces() {
    return relancePieces;
  }

  public void setRelancePieces(String relancePieces) {
    this.relancePieces = relancePieces;
  }

  public String getCloturePieces() {
    return cloturePieces;
  }

  public void setCloturePieces(String cloturePieces) {
    this.cloturePieces = cloturePieces;
  }

  public String getExamen() {
    return examen;
  }

  public void setExamen(String examen) {
    this.examen = examen;
  }

  public String getVerificationIdentite() {
    return verificationIdentite;
  }

  public void setVerificationIdentite(String verificationIdentite) {
    this.verificationIdentite = verificationIdentite;
  }

  public String getFabriqueEnRetard() {
    return fabriqueEnRetard;
  }

  public void setFabriqueEnRetard(String fabriqueEnRetard) {
    this.fabriqueEnRetard = fabriqueEnRetard;
  }

  public String getRelanceFabrique() {
    return relanceFabrique;
  }

  public void setRelanceFabrique(String relanceFabrique) {
    this.relanceFabrique = relanceFabrique;
  }

  public String getAcheminement() {
    return acheminement;
  }

  public void setAcheminement(String acheminement) {
    this.acheminement = acheminement;
  }

  public Period getValiditePieces() {
    return validitePieces;
  }

  public void setValiditePieces(Period validitePieces) {
    this.validitePieces = validitePieces;
  }

  public Period getValiditeAttestation() {
    return validiteAttestation;
  }

  public void setValiditeAttestation(Period validiteAttestation) {
    this.validiteAttestation = validiteAttestation;
  }

  public long getTailleMaxPhoto() {
    return tailleMaxPhoto;
  }

  public void setTailleMaxPhoto(long tailleMaxPhoto) {
    this.tailleMaxPhoto = tailleMaxPhoto;
  }

  public long getTailleMaxPieceIdentite() {
    return tailleMaxPieceIdentite;
  }

  public void setTailleMaxPieceIdentite(long tailleMaxPieceIdentite) {
    this.tailleMaxPieceIdentite = tailleMaxPieceIdentite;
  }

  public FabriqueSimulee getFabriqueSimulee() {
    return fabriqueSimulee;
  }
}
