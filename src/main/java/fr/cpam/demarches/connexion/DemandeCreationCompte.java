package fr.cpam.demarches.connexion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The form « Créer un compte », first step: the NIR with its key, the identity, the e-mail address
 * to confirm.
 */
class DemandeCreationCompte extends DemandeParCourriel {

  private String nir;

  @NotBlank(message = "Indiquez votre nom, tel qu’il figure sur votre carte Vitale ou votre attestation de droits.")
  @Size(max = 80, message = "Le nom compte 80 caractères au plus.")
  private String nom;

  @NotBlank(message = "Indiquez votre prénom.")
  @Size(max = 80, message = "Le prénom compte 80 caractères au plus.")
  private String prenom;

  /** As a date field sends it (AAAA-MM-JJ); read by the controller, which says what is wrong. */
  @NotBlank(message = "Indiquez votre date de naissance (jour, mois, année).")
  private String dateNaissance;

  public String getNir() {
    return nir;
  }

  public void setNir(String nir) {
    this.nir = nir;
  }

  public String getNom() {
    return nom;
  }

  public void setNom(String nom) {
    this.nom = nom;
  }

  public String getPrenom() {
    return prenom;
  }

  public void setPrenom(String prenom) {
    this.prenom = prenom;
  }

  public String getDateNaissance() {
    return dateNaissance;
  }

  public void setDateNaissance(String dateNaissance) {
    this.dateNaissance = dateNaissance;
  }

  @Override
  @NotBlank(message = "Indiquez votre adresse électronique : un lien y sera envoyé pour la confirmer.")
  public String getEmail() {
    return super.getEmail();
  }
}
