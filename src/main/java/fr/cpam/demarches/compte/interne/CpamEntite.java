package fr.cpam.demarches.compte.interne;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The entity of a caisse primaire (102 in France), identified by its 3-digit code, such as 751
 * for Paris. Other modules read the record {@link fr.cpam.demarches.compte.Cpam}.
 */
@Entity
@Table(name = "cpam")
public class CpamEntite {

  @Id private String code;
  private String libelle;

  protected CpamEntite() {}

  public CpamEntite(String code, String libelle) {
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
