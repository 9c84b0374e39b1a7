package fr.cpam.demarches.connexion;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * The e-mail address of a form that sends an e-mail (« Code oublié », « Créer un compte »), its
 * form checked; each form says, on its {@link #getEmail()}, why the address is needed.
 */
abstract class DemandeParCourriel {

  @Email(message = "Indiquez une adresse électronique de la forme nom@domaine.fr.")
  @Size(max = 254, message = "L’adresse électronique compte 254 caractères au plus.")
  private String email;

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
