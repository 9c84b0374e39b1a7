package fr.cpam.demarches.connexion;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form « Code oublié »: the 13 NIR characters of the login and the e-mail address of the account. */
class DemandeCodeOublie {

  @NotBlank(message = "Indiquez votre numéro de sécurité sociale (13 caractères, sans la clé).")
  private String identifiant;

  @NotBlank(message = "Indiquez l’adresse électronique de votre compte.")
  @Email(message = "Indiquez une adresse électronique de la forme nom@domaine.fr.")
  @Size(max = 254, message = "L’adresse électronique compte 254 caractères au plus.")
  private String email;

  public String getIdentifiant() {
    return identifiant;
  }

  public void setIdentifiant(String identifiant) {
    this.identifiant = identifiant;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
