package fr.cpam.demarches.accidenttiers.interne;

import fr.cpam.demarches.accidenttiers.DeclarationValidee;
import fr.cpam.demarches.accidenttiers.NatureAccident;
import fr.cpam.demarches.accidenttiers.Parcours;
import fr.cpam.demarches.accidenttiers.Payeur;
import fr.cpam.demarches.accidenttiers.StatutAccident;
import fr.cpam.demarches.compte.Nir;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The record of one accident caused by a third party: what the victim declared, the path of the
 * recovery, who pays, how it ended, and every step it went through. The engine drives the work;
 * this is what the victim and the agents read.
 */
@Entity
@Table(name = "accident_tiers")
public class DossierAccidentTiers {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @org.hibernate.annotations.NaturalId
  @Column(nullable = false, unique = true, length = 30)
  private String reference;

  /** The engine user id of the account owner who declared (13 NIR characters). */
  @Column(nullable = false, length = 13)
  private String proprietaire;

  @Column(nullable = false, length = 15)
  private Nir nirBeneficiaire;

  @Column(nullable = false, length = 160)
  private String nomBeneficiaire;

  @Column(nullable = false)
  private LocalDate dateAccident;

  @Column(nullable = false, length = 200)
  private String lieu;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private NatureAccident nature;

  @Column(nullable = false, length = 4000)
  private String circonstances;

  private boolean tiersConnu;
  private String tiersIdentite;
  private String assureurNom;
  private String assureurContrat;
  private boolean pvOuPlainte;
  private String pvReference;
  private String temoins;
  private boolean urgences;
  private boolean hospitalisation;
  private boolean arretTravail;
  private String referenceArret;
  private boolean soinsEnCours;
  private String complementaire;

  @Column(nullable = false)
  private Instant declareLe;

  /** Declared more than the legal 15 days after the accident: accepted, flagged. */
  private boolean enRetard;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private StatutAccident statut;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Parcours parcours;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Payeur payeur;

  private String payeurNom;
  private String payeurContrat;

  /** Cents received from the payer, once it paid. */
  private Long montantRecouvre;

  /** Cents of benefits agreed with the payer after a disagreement, until the agreed claim leaves. */
  private Long principalConvenu;

  private String motifCloture;
  private Instant clotureLe;

  @Version private long version;

  @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("le asc, id asc")
  private List<EtapeAccident> etapes = new ArrayList<>();

  protected DossierAccidentTiers() {}

  public DossierAccidentTiers(String reference, String proprietaire, DeclarationValidee d, Clock horloge) {
    this.reference = reference;
    this.proprietaire = proprietaire;
    this.nirBeneficiaire = d.beneficiaire().nir();
    this.nomBeneficiaire = d.beneficiaire().nomComplet();
    this.dateAccident = d.dateAccident();
    this.lieu = d.lieu();
    this.nature = d.nature();
    this.circonstances = d.circonstances();
    this.tiersConnu = d.tiersConnu();
    this.tiersIdentite = d.tiersIdentite();
    this.assureurNom = d.assureurNom();
    this.assureurContrat = d.assureurContrat();
    this.pvOuPlainte = d.pvOuPlainte();
    this.pvReference = d.pvReference();
    this.temoins = d.temoins();
    this.urgences = d.urgences();
    this.hospitalisation = d.hospitalisation();
    this.arretTravail = d.arretTravail();
    this.referenceArret = d.referenceArret();
    this.soinsEnCours = d.soinsEnCours();
    this.complementaire = d.complementaire();
    this.declareLe = horloge.instant();
    this.enRetard = d.enRetard();
    this.statut = StatutAccident.DECLAREE;
    etapes.add(new EtapeAccident(this, StatutAccident.DECLAREE,
        enRetard ? "Déclaration faite " + d.joursApresAccident() + " jours après l'accident (délai de 15 jours dépassé)" : null,
        false, proprietaire, horloge));
  }

  /** A new status, with what the victim reads of it (or null). */
  public void passerA(StatutAccident nouveau, String detail, String auteur, Clock horloge) {
    this.statut = nouveau;
    etapes.add(new EtapeAccident(this, nouveau, detail, false, auteur, horloge));
    if (nouveau.estClos()) {
      this.clotureLe = horloge.instant();
    }
  }

  /** A note of an agent, kept with the dossier and never shown to the victim. */
  public void noter(String note, String auteur, Clock horloge) {
    if (note != null && !note.isBlank()) {
      etapes.add(new EtapeAccident(this, statut, note.strip(), true, auteur, horloge));
    }
  }

  /** What the victim added when asked: the third party, its insurer, the report. */
  public void completer(String tiersIdentite, String assureurNom, String assureurContrat, String pvReference) {
    if (tiersIdentite != null) {
      this.tiersIdentite = tiersIdentite;
      this.tiersConnu = true;
    }
    if (assureurNom != null) {
      this.assureurNom = assureurNom;
    }
    if (assureurContrat != null) {
      this.assureurContrat = assureurContrat;
    }
    if (pvReference != null) {
      this.pvReference = pvReference;
      this.pvOuPlainte = true;
    }
  }

  /** The victim sent the police report or the complaint. */
  public void plainteRecue(String reference) {
    this.pvOuPlainte = true;
    if (reference != null) {
      this.pvReference = reference;
    }
  }

  public void corrigerReferenceArret(String referenceArret) {
    this.referenceArret = referenceArret;
    if (referenceArret != null) {
      this.arretTravail = true;
    }
  }

  public void orienter(Parcours parcours, Payeur payeur) {
    this.parcours = parcours;
    this.payeur = payeur;
    if (payeur == Payeur.ASSUREUR_TIERS && assureurNom != null) {
      this.payeurNom = assureurNom;
      this.payeurContrat = assureurContrat;
    } else if (payeur != null && payeur.estUnFonds()) {
      this.payeurNom = payeur.libelle();
      this.payeurContrat = null;
    }
  }

  /** The third party told us its insurer, or the agent found it. */
  public void confierALAssureur(String nom, String contrat) {
    this.assureurNom = nom;
    this.assureurContrat = contrat;
    this.parcours = Parcours.ASSUREUR;
    this.payeur = Payeur.ASSUREUR_TIERS;
    this.payeurNom = nom;
    this.payeurContrat = contrat;
  }

  /** Uninsured or not found: the guarantee fund of the kind of accident takes its place. */
  public void confierAuFonds() {
    this.parcours = Parcours.FONDS_GARANTIE;
    this.payeur = Payeur.fondsPour(nature);
    this.payeurNom = payeur.libelle();
    this.payeurContrat = null;
  }

  public void convenir(Long centimes) {
    this.principalConvenu = centimes;
  }

  public Long getPrincipalConvenu() {
    return principalConvenu;
  }

  public void enregistrerRecouvrement(long centimes) {
    this.montantRecouvre = centimes;
  }

  public void clore(StatutAccident statutFinal, String motif, String detail, String auteur, Clock horloge) {
    this.motifCloture = motif;
    passerA(statutFinal, detail, auteur, horloge);
  }

  public boolean estClos() {
    return statut.estClos();
  }

  /** Whether the insurer of the third party is known well enough to write to it. */
  public boolean assureurConnu() {
    return assureurNom != null && !assureurNom.isBlank();
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getProprietaire() {
    return proprietaire;
  }

  public Nir getNirBeneficiaire() {
    return nirBeneficiaire;
  }

  public String getNomBeneficiaire() {
    return nomBeneficiaire;
  }

  public LocalDate getDateAccident() {
    return dateAccident;
  }

  public String getLieu() {
    return lieu;
  }

  public NatureAccident getNature() {
    return nature;
  }

  public String getCirconstances() {
    return circonstances;
  }

  public boolean isTiersConnu() {
    return tiersConnu;
  }

  public String getTiersIdentite() {
    return tiersIdentite;
  }

  public String getAssureurNom() {
    return assureurNom;
  }

  public String getAssureurContrat() {
    return assureurContrat;
  }

  public boolean isPvOuPlainte() {
    return pvOuPlainte;
  }

  public String getPvReference() {
    return pvReference;
  }

  public String getTemoins() {
    return temoins;
  }

  public boolean isUrgences() {
    return urgences;
  }

  public boolean isHospitalisation() {
    return hospitalisation;
  }

  public boolean isArretTravail() {
    return arretTravail;
  }

  public String getReferenceArret() {
    return referenceArret;
  }

  public boolean isSoinsEnCours() {
    return soinsEnCours;
  }

  public String getComplementaire() {
    return complementaire;
  }

  public Instant getDeclareLe() {
    return declareLe;
  }

  public boolean isEnRetard() {
    return enRetard;
  }

  public StatutAccident getStatut() {
    return statut;
  }

  public Parcours getParcours() {
    return parcours;
  }

  public Payeur getPayeur() {
    return payeur;
  }

  public String getPayeurNom() {
    return payeurNom;
  }

  public String getPayeurContrat() {
    return payeurContrat;
  }

  public Long getMontantRecouvre() {
    return montantRecouvre;
  }

  public String getMotifCloture() {
    return motifCloture;
  }

  public Instant getClotureLe() {
    return clotureLe;
  }

  public List<EtapeAccident> getEtapes() {
    return Collections.unmodifiableList(etapes);
  }
}
