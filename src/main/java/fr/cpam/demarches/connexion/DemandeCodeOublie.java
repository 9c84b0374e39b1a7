package fr.cpam.demarches.connexion;

import jakarta.validation.constraints.NotBlank;

/** The form « Code oublié »: the 13 NIR characters of the login and the e-mail address of the account. */
class DemandeCodeOublie extends DemandeParCourriel {

  @NotBlank(message = "Indiquez votre numéro de sécurité sociale (13 caractères, sans la clé).")
  private String identifiant;

  public String getIdentifiant() {
    return identifiant;
  }

  public void setIdentifiant(String identifiant) {
    this.identifiant = identifiant;
  }

  @Override
  @NotBlank(message = "Indiquez l’adresse électronique de votre compte.")
  public String getEmail() {
    return super.getEmail();
  }
}
