package fr.cpam.demarches.cartevitale.interne;

import fr.cpam.demarches.cartevitale.MotifDeclaration;
import fr.cpam.demarches.cartevitale.NatureDossier;
import fr.cpam.demarches.cartevitale.StatutDossier;
import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.Beneficiaire;
import fr.cpam.demarches.compte.Nir;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * The record of one carte Vitale dossier (a declaration or a first order): who asked, for whom,
 * where the new card goes, which cards it concerns, and every status it went through. The
 * engine drives the work; this is what the citizen and the agents read.
 */
@Entity
@Table(name = "dossier_carte_vitale")
public class DossierCarteVitale {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Never changes: Hibernate finds the dossier by it in the current transaction without SQL. */
  @org.hibernate.annotations.NaturalId
  @Column(nullable = false, unique = true, length = 30)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NatureDossier nature;

  /** The account owner who made the request. */
  @Column(nullable = false, length = 15)
  private Nir proprietaire;

  @Column(nullable = false, length = 15)
  private Nir beneficiaire;

  @Column(name = "beneficiaire_nom", nullable = false)
  private String beneficiaireNom;

  @Column(name = "beneficiaire_prenom", nullable = false)
  private String beneficiairePrenom;

  @Column(name = "beneficiaire_naissance", nullable = false)
  private LocalDate beneficiaireNaissance;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private MotifDeclaration motif;

  @Column(nullable = false)
  private boolean engagementRestitution;

  @Embedded private Adresse adresse;

  @Column(nullable = false)
  private boolean adresseModifiee;

  @Column(length = 20)
  private String ancienneCarte;

  @Column(length = 20)
  private String nouvelleCarte;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private StatutDossier statut;

  private String motifRevue;

  private String motifRefus;

  @Column(length = 40)
  private String numeroSuivi;

  /** The beneficiary's NIR while the dossier is open (unique), null once it is closed. */
  @Column(length = 15)
  private String ouvertPour;

  @Column(nullable = false)
  private Instant creeLe;

  private Instant closLe;

  /** Orders sent to the factory and confirmed on our side; numbers the next order's key. */
  @Column(name = "commandes_fabrique", nullable = false)
  private int commandesFabrique;

  @Version private long version;

  @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("dateStatut, id")
  private List<StatutDossierHistorique> historique = new ArrayList<>();

  protected DossierCarteVitale() {}

  public DossierCarteVitale(
      String reference,
      NatureDossier nature,
      Nir proprietaire,
      Beneficiaire beneficiaire,
      MotifDeclaration motif,
      boolean engagementRestitution,
      Adresse adresse,
      boolean adresseModifiee, Clock horloge) {
    this.reference = reference;
    this.nature = nature;
    this.proprietaire = proprietaire;
    this.beneficiaire = beneficiaire.nir();
    this.beneficiaireNom = beneficiaire.nom();
    this.beneficiairePrenom = beneficiaire.prenom();
    this.beneficiaireNaissance = beneficiaire.dateNaissance();
    this.motif = motif;
    this.engagementRestitution = engagementRestitution;
    this.adresse = adresse;
    this.adresseModifiee = adresseModifiee;
    this.creeLe = horloge.instant();
    this.ouvertPour = this.beneficiaire.valeur();
    passerA(nature == NatureDossier.DECLARATION ? StatutDossier.DECLAREE : StatutDossier.DEMANDEE, null, horloge);
  }

  /** Records a new status in the history; a final status closes the dossier. */
  public void passerA(StatutDossier nouveau, String commentaire, Clock horloge) {
    if (statut != null && statut.estFinal()) {
      throw new IllegalStateException("Dossier " + reference + " déjà clos (" + statut + ")");
    }
    this.statut = nouveau;
    historique.add(new StatutDossierHistorique(this, nouveau, commentaire, horloge));
    if (nouveau.estFinal()) {
      this.ouvertPour = null;
      this.closLe = horloge.instant();
    }
  }

  public void refuser(String motifDuRefus, Clock horloge) {
    this.motifRefus = motifDuRefus;
    passerA(StatutDossier.REFUSEE, motifDuRefus, horloge);
  }

  public void noterRevue(String motifDeLaRevue) {
    this.motifRevue = motifDeLaRevue;
  }

  public void noterAncienneCarte(String numeroSerie) {
    this.ancienneCarte = numeroSerie;
  }

  public void noterNouvelleCarte(String numeroSerie) {
    this.nouvelleCarte = numeroSerie;
  }

  /**
   * The idempotency key of a new order ({@code CV-2026-000123/1}, then {@code /2} for a re-order),
   * counted in the transaction that sends it: if that transaction does not commit (a node dies
   * after sending), the retry sends the same key and the factory does not make a second card.
   */
  public String cleNouvelleCommande() {
    commandesFabrique++;
    return reference + "/" + commandesFabrique;
  }

  public void noterNumeroSuivi(String numero) {
    this.numeroSuivi = numero;
  }

  public boolean estOuvert() {
    return ouvertPour != null;
  }

  public String nomCompletBeneficiaire() {
    return beneficiairePrenom + " " + beneficiaireNom;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public NatureDossier getNature() {
    return nature;
  }

  public Nir getProprietaire() {
    return proprietaire;
  }

  public Nir getBeneficiaire() {
    return beneficiaire;
  }

  public String getBeneficiaireNom() {
    return beneficiaireNom;
  }

  public String getBeneficiairePrenom() {
    return beneficiairePrenom;
  }

  public LocalDate getBeneficiaireNaissance() {
    return beneficiaireNaissance;
  }

  public MotifDeclaration getMotif() {
    return motif;
  }

  public boolean isEngagementRestitution() {
    return engagementRestitution;
  }

  public Adresse getAdresse() {
    return adresse;
  }

  public boolean isAdresseModifiee() {
    return adresseModifiee;
  }

  public String getAncienneCarte() {
    return ancienneCarte;
  }

  public String getNouvelleCarte() {
    return nouvelleCarte;
  }

  public StatutDossier getStatut() {
    return statut;
  }

  public String getMotifRevue() {
    return motifRevue;
  }

  public String getMotifRefus() {
    return motifRefus;
  }

  public String getNumeroSuivi() {
    return numeroSuivi;
  }

  public Instant getCreeLe() {
    return creeLe;
  }

  public Instant getClosLe() {
    return closLe;
  }

  public List<StatutDossierHistorique> getHistorique() {
    return Collections.unmodifiableList(historique);
  }
}
