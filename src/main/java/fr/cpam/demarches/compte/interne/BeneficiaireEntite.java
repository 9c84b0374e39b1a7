package fr.cpam.demarches.compte.interne;

import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.compte.Qualite;
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
import java.time.LocalDate;
import java.time.Period;

/**
 * The entity of a person attached to an account (other modules read the record {@link
 * fr.cpam.demarches.compte.Beneficiaire}): the insured person themself, a spouse or a child. A child
 * may be attached to both parents' accounts, so the NIR is unique per account only.
 */
@Entity
@Table(name = "beneficiaire")
public class BeneficiaireEntite {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assure_id")
  private AssureEntite assure;

  @Column(nullable = false, length = 15)
  private Nir nir;

  @Column(nullable = false)
  private String nom;

  @Column(nullable = false)
  private String prenom;

  @Column(nullable = false)
  private LocalDate dateNaissance;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Qualite qualite;

  protected BeneficiaireEntite() {}

  BeneficiaireEntite(AssureEntite assure, Nir nir, String nom, String prenom, LocalDate dateNaissance, Qualite qualite) {
    this.assure = assure;
    this.nir = nir;
    this.nom = nom;
    this.prenom = prenom;
    this.dateNaissance = dateNaissance;
    this.qualite = qualite;
  }

  public Long getId() {
    return id;
  }

  public AssureEntite getAssure() {
    return assure;
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

  public Qualite getQualite() {
    return qualite;
  }

  /** Age in whole years on the given day. */
  public int age(LocalDate le) {
    return Period.between(dateNaissance, le).getYears();
  }
}
