package fr.cpam.demarches.cartevitale.interne;

import fr.cpam.demarches.compte.Nir;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;

/**
 * The letter written to a young person at 16 who has no card of their own. Unique per person in
 * the database: written once, whatever the restarts and the nodes.
 */
@Entity
@Table(name = "lettre_seize_ans")
public class LettreSeizeAns {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 15)
  private Nir beneficiaire;

  @Column(nullable = false, length = 15)
  private Nir compte;

  @Column(length = 30)
  private String referenceDossier;

  @Column(nullable = false)
  private Instant envoyeeLe;

  protected LettreSeizeAns() {}

  public LettreSeizeAns(Nir beneficiaire, Nir compte, Clock horloge) {
    this.beneficiaire = beneficiaire;
    this.compte = compte;
    this.envoyeeLe = horloge.instant();
  }

  public void dossierOuvert(String reference) {
    this.referenceDossier = reference;
  }

  public Nir getBeneficiaire() {
    return beneficiaire;
  }

  public Nir getCompte() {
    return compte;
  }

  public String getReferenceDossier() {
    return referenceDossier;
  }
}
