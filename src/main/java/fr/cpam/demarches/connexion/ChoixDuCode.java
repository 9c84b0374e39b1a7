package fr.cpam.demarches.connexion;

import jakarta.validation.constraints.NotBlank;

/** The form « Créer un compte », second step (from the e-mail's link): the personal code, twice. */
class ChoixDuCode {

  private String jeton;

  @NotBlank(message = "Choisissez votre code personnel : 4 chiffres.")
  private String code;

  @NotBlank(message = "Saisissez une deuxième fois le code choisi.")
  private String confirmation;

  public String getJeton() {
    return jeton;
  }

  public void setJeton(String jeton) {
    this.jeton = jeton;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
