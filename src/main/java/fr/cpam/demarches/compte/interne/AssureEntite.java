package fr.cpam.demarches.compte.interne;

import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.compte.Qualite;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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
import java.util.Optional;

/**
 * The entity of the insured person who owns an ameli account (other modules read the record
 * {@link fr.cpam.demarches.compte.Assure}), with the beneficiaries attached to it (the
 * owner is one of them) and the CPAM that manages the file.
 */
@Entity
@Table(name = "assure")
public class AssureEntite {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Never changes: Hibernate finds the account by it in the current transaction without SQL. */
  @org.hibernate.annotations.NaturalId
  @Column(nullable = false, unique = true, length = 15)
  private Nir nir;

  @Column(nullable = false)
  private String nom;

  @Column(nullable = false)
  private String prenom;

  @Column(nullable = false)
  private LocalDate dateNaissance;

  /**
   * The identity at birth, as FranceConnect gives it (its « identité pivot »): the birth name, all
   * the given names in the civil-status order, and the birthplace as a code of the Code officiel
   * géographique (the INSEE code of the commune, or 99 and the country for a birth abroad). An
   * account opened without them takes its name, its first name and the place of its NIR.
   */
  private String nomNaissance;

  private String prenoms;

  private String lieuNaissance;

  private String email;

  /**
   * The day the person became an insured person (affiliation, in practice their first job):
   * the start of the "12 months of registration" of the allowances beyond 6 months. Null when
   * unknown: never replaced by another date.
   */
  private LocalDate dateAffiliation;

  @Embedded private Adresse adresse;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cpam_code")
  private CpamEntite cpam;

  @OneToMany(mappedBy = "assure", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("dateNaissance")
  private List<BeneficiaireEntite> beneficiaires = new ArrayList<>();

  @Column(nullable = false)
  private Instant creeLe;

  @Version private long version;

  protected AssureEntite() {}

  public AssureEntite(Nir nir, String nom, String prenom, LocalDate dateNaissance, String email, Adresse adresse, CpamEntite cpam, Clock horloge) {
    this.nir = nir;
    this.nom = nom;
    this.prenom = prenom;
    this.dateNaissance = dateNaissance;
    this.nomNaissance = nom;
    this.prenoms = prenom;
    this.lieuNaissance = nir.valeur().substring(5, 10);
    this.email = email;
    this.adresse = adresse;
    this.cpam = cpam;
    this.creeLe = horloge.instant();
    this.beneficiaires.add(new BeneficiaireEntite(this, nir, nom, prenom, dateNaissance, Qualite.ASSURE));
  }

  /** Attaches a spouse or a child to the account. */
  public BeneficiaireEntite rattacher(Nir nirBeneficiaire, String nomB, String prenomB, LocalDate naissance, Qualite qualite) {
    if (beneficiaire(nirBeneficiaire).isPresent()) {
      throw new fr.cpam.demarches.commun.ConflitException("nirBeneficiaire", "Cette personne est déjà rattachée à ce compte.");
    }
    BeneficiaireEntite b = new BeneficiaireEntite(this, nirBeneficiaire, nomB, prenomB, naissance, qualite);
    beneficiaires.add(b);
    return b;
  }

  /** The beneficiary of this account with that NIR, if there is one. */
  public Optional<BeneficiaireEntite> beneficiaire(Nir nirBeneficiaire) {
    return beneficiaires.stream().filter(b -> b.getNir().equals(nirBeneficiaire)).findFirst();
  }

  /** The identity at birth, as the civil status gives it (see the fields). */
  public void definirNaissance(String nomNaissance, String prenoms, String lieuNaissance) {
    this.nomNaissance = nomNaissance;
    this.prenoms = prenoms;
    this.lieuNaissance = lieuNaissance;
  }

  public String getNomNaissance() {
    return nomNaissance == null ? nom : nomNaissance;
  }

  /** All the given names, separated by spaces, in the civil-status order. */
  public String getPrenoms() {
    return prenoms == null ? prenom : prenoms;
  }

  /** The INSEE code of the birth commune, or 99 and the country's code for a birth abroad. */
  public String getLieuNaissance() {
    return lieuNaissance == null ? nir.valeur().substring(5, 10) : lieuNaissance;
  }

  /** The postal address where the CPAM writes and sends cards. */
  public void changerAdresse(Adresse nouvelle) {
    this.adresse = nouvelle;
  }

  public Long getId() {
    return id;
  }

  public Nir getNir() {
    return nir;
  }

  public String getNom() {
    return nom;
  }

  public String getPrenom() {
    return prenom;
  }

  public String nomComplet() {
    return prenom + " " + nom;
  }

  public LocalDate getDateNaissance() {
    return dateNaissance;
  }

  /** The affiliation date, if known. */
  public Optional<LocalDate> getDateAffiliation() {
    return Optional.ofNullable(dateAffiliation);
  }

  /** Records the affiliation date (an agent of the rights service, or the account's opening). */
  public void affilier(LocalDate le) {
    this.dateAffiliation = le;
  }

  public String getEmail() {
    return email;
  }

  /** The e-mail address of the account (confirmed by the person when she created her login). */
  public void changerEmail(String nouvelle) {
    this.email = nouvelle;
  }

  public Adresse getAdresse() {
    return adresse;
  }

  public CpamEntite getCpam() {
    return cpam;
  }

  public List<BeneficiaireEntite> getBeneficiaires() {
    return Collections.unmodifiableList(beneficiaires);
  }

  public Instant getCreeLe() {
    return creeLe;
  }
}
