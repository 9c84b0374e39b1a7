package fr.cpam.demarches.indemnites.interne;

import fr.cpam.demarches.indemnites.CalculIndemnites;
import fr.cpam.demarches.indemnites.interne.StatutArret;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.hibernate.annotations.NaturalId;

/**
 * A sick-leave dossier: the arrêt as the notices describe it (a prolongation moves its end),
 * what the calculation decided (carence, daily allowance) and how far the payments went.
 */
@Entity
@Table(name = "arret_travail")
public class ArretTravail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Never changes: the natural id by which the arrêt is found (ArretParReference). */
  @NaturalId
  @Column(nullable = false, unique = true, length = 30)
  private String reference;

  /** The insured person on sick leave (15 characters). */
  @Column(nullable = false, length = 15)
  private String nir;

  @Column(nullable = false, length = 3)
  private String cpamCode;

  @Column(nullable = false, length = 14)
  private String siretEmployeur;

  @Column(nullable = false)
  private LocalDate dateDebut;

  /** The last day of the arrêt, moved by each prolongation. */
  @Column(nullable = false)
  private LocalDate dateFin;

  /** Linked to an affection de longue durée: other carence rule, no 360-day limit. */
  @Column(nullable = false)
  private boolean ald;

  /** Early return to work: no allowance from that day. */
  private LocalDate dateReprise;

  /** Negative opinion of the service médical: no allowance from that day. */
  private LocalDate dateEffetAvisMedical;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private StatutArret statut;

  @Column(nullable = false)
  private Instant recuLe;

  private Integer carenceJours;
  private String motifCarence;
  private LocalDate premierJourIndemnise;
  private BigDecimal smicMensuel;
  private BigDecimal salaireJournalierBase;
  private BigDecimal montantJournalier;
  private Boolean plafonne;
  private Boolean subrogation;

  /** The last day the payments have dealt with (paid, or left unpaid by a rule). */
  private LocalDate dernierJourTraite;

  @Column(nullable = false)
  private int nombreRappelsEmployeur;

  /** The next payment, made by the daily payment run; null while the dossier's process runs a cycle, and once closed. */
  private LocalDate prochaineEcheance;

  /** The day of the last payment cycle (by the dossier's process or the run): the 14-day rhythm starts there. */
  private LocalDate dernierCycle;

  /** The inputs the decisions in force (eligibility, medical opinion) were taken with: more than 6 months, length of the arrêt. */
  @Column(nullable = false)
  private boolean decisionsSixMois;

  private Integer decisionsDureeJours;

  @Column(length = 500)
  private String motifFin;

  @Version private long version;

  protected ArretTravail() {}

  public ArretTravail(String reference, String nir, String cpamCode, String siretEmployeur, LocalDate dateDebut, LocalDate dateFin, boolean ald, Clock horloge) {
    this.reference = reference;
    this.nir = nir;
    this.cpamCode = cpamCode;
    this.siretEmployeur = siretEmployeur;
    this.dateDebut = dateDebut;
    this.dateFin = dateFin;
    this.ald = ald;
    this.statut = StatutArret.ATTENTE_ATTESTATION;
    this.recuLe = horloge.instant();
  }

  /**
   * The last day an allowance may be due: the end of the arrêt, or the day before an early
   * return or before the date a negative medical opinion stops the payments.
   */
  public LocalDate dernierJourIndemnisable() {
    return Stream.of(
            dateFin,
            dateReprise == null ? null : dateReprise.minusDays(1),
            dateEffetAvisMedical == null ? null : dateEffetAvisMedical.minusDays(1))
        .filter(java.util.Objects::nonNull)
        .min(LocalDate::compareTo)
        .orElseThrow();
  }

  /** Every day up to the last one that may be due has been dealt with. */
  public boolean indemnisationTerminee() {
    LocalDate traite = dernierJourTraite;
    if (premierJourIndemnise != null && (traite == null || traite.isBefore(premierJourIndemnise.minusDays(1)))) {
      traite = premierJourIndemnise.minusDays(1);
    }
    return traite != null && !traite.isBefore(dernierJourIndemnisable());
  }

  public void prolonger(LocalDate nouvelleFin) {
    this.dateFin = nouvelleFin;
  }

  public void reprendre(LocalDate reprise) {
    this.dateReprise = reprise;
  }

  public void appliquerAvisDefavorable(LocalDate effet) {
    this.dateEffetAvisMedical = effet;
  }

  public void fixerMontant(CalculIndemnites.Carence carence, CalculIndemnites.MontantJournalier montant, boolean subrogation) {
    this.carenceJours = carence.jours();
    this.motifCarence = carence.motif();
    this.premierJourIndemnise = carence.premierJourIndemnise(dateDebut);
    this.smicMensuel = montant.smicMensuel();
    this.salaireJournalierBase = montant.salaireJournalierBase();
    this.montantJournalier = montant.montantJournalierBrut();
    this.plafonne = montant.plafonne();
    this.subrogation = subrogation;
    this.statut = StatutArret.EN_INDEMNISATION;
  }

  public void traiteJusquau(LocalDate jour) {
    this.dernierJourTraite = jour;
  }

  public void changerStatut(StatutArret nouveau) {
    this.statut = nouveau;
  }

  public void clore(StatutArret fin, String motif) {
    this.statut = fin;
    this.motifFin = motif;
    this.prochaineEcheance = null;
  }

  public void planifier(LocalDate echeance) {
    this.prochaineEcheance = echeance;
  }

  /** A payment cycle starts today; if the dossier's own process runs it, the payment run leaves the dossier alone until it plans the next one. */
  public void cycle(LocalDate jour, boolean parLeDossier) {
    this.dernierCycle = jour;
    if (parLeDossier) {
      this.prochaineEcheance = null;
    }
  }

  public void decisionsPrises(boolean plusDeSixMois, int dureeJours) {
    this.decisionsSixMois = plusDeSixMois;
    this.decisionsDureeJours = dureeJours;
  }

  /** The decisions in force were taken with these inputs: a payment with them needs no new decision. */
  public boolean decisionsTiennent(boolean plusDeSixMois, int dureeJours) {
    return decisionsDureeJours != null && decisionsDureeJours == dureeJours && decisionsSixMois == plusDeSixMois;
  }

  public LocalDate getProchaineEcheance() {
    return prochaineEcheance;
  }

  public LocalDate getDernierCycle() {
    return dernierCycle;
  }

  public void rappelEmployeurEnvoye() {
    this.nombreRappelsEmployeur++;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getNir() {
    return nir;
  }

  public String getCpamCode() {
    return cpamCode;
  }

  public String getSiretEmployeur() {
    return siretEmployeur;
  }

  public LocalDate getDateDebut() {
    return dateDebut;
  }

  public LocalDate getDateFin() {
    return dateFin;
  }

  public boolean isAld() {
    return ald;
  }

  public LocalDate getDateReprise() {
    return dateReprise;
  }

  public LocalDate getDateEffetAvisMedical() {
    return dateEffetAvisMedical;
  }

  public StatutArret getStatut() {
    return statut;
  }

  public Instant getRecuLe() {
    return recuLe;
  }

  public Integer getCarenceJours() {
    return carenceJours;
  }

  public String getMotifCarence() {
    return motifCarence;
  }

  public LocalDate getPremierJourIndemnise() {
    return premierJourIndemnise;
  }

  public BigDecimal getSmicMensuel() {
    return smicMensuel;
  }

  public BigDecimal getSalaireJournalierBase() {
    return salaireJournalierBase;
  }

  public BigDecimal getMontantJournalier() {
    return montantJournalier;
  }

  public Boolean getPlafonne() {
    return plafonne;
  }

  public boolean paieLEmployeur() {
    return Boolean.TRUE.equals(subrogation);
  }

  public LocalDate getDernierJourTraite() {
    return dernierJourTraite;
  }

  public int getNombreRappelsEmployeur() {
    return nombreRappelsEmployeur;
  }

  public String getMotifFin() {
    return motifFin;
  }
}
