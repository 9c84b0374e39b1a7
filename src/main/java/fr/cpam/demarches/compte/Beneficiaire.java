package fr.cpam.demarches.compte;

import fr.cpam.demarches.compte.interne.BeneficiaireEntite;
import java.time.LocalDate;
import java.time.Period;

/**
 * A person attached to an account, as other modules read it: the insured person themself, a
 * spouse or a child. A child may be attached to both parents' accounts, so the NIR is unique per
 * account only.
 *
 * @param titulaire the NIR of the account's owner (the beneficiary's own NIR for the owner)
 */
public record Beneficiaire(Nir nir, String nom, String prenom, LocalDate dateNaissance, Qualite qualite, Nir titulaire) {

  static Beneficiaire de(BeneficiaireEntite e, Nir titulaire) {
    return new Beneficiaire(e.getNir(), e.getNom(), e.getPrenom(), e.getDateNaissance(), e.getQualite(), titulaire);
  }

  public String nomComplet() {
    return prenom + " " + nom;
  }

  /** Age in whole years on the given day. */
  public int age(LocalDate le) {
    return Period.between(dateNaissance, le).getYears();
  }
}
