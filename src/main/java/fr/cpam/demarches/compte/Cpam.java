package fr.cpam.demarches.compte;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A caisse primaire (102 in France), identified by its 3-digit code, such as 751 for Paris. */
@Entity
@Table(name = "cpam")
public class Cpam {

  @Id private String code;
  private String libelle;

  protected Cpam() {}

  public Cpam(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  public String getCode() {
    return code;
  }

  public String getLibelle() {
    return libelle;
  }
}
