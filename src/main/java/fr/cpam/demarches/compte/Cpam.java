package fr.cpam.demarches.compte;

import fr.cpam.demarches.compte.interne.CpamEntite;

/** A caisse primaire (102 in France), identified by its 3-digit code, such as 751 for Paris. */
public record Cpam(String code, String libelle) {

  static Cpam de(CpamEntite e) {
    return new Cpam(e.getCode(), e.getLibelle());
  }
}
