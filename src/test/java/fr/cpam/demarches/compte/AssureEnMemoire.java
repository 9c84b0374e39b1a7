package fr.cpam.demarches.compte;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An account built in memory, for the unit tests of other modules' rules (no database). */
public final class AssureEnMemoire {

  private AssureEnMemoire() {}

  /** The account of that person, their own only beneficiary, with no e-mail, address nor CPAM. */
  public static Assure de(Nir nir, String nom, String prenom, LocalDate naissance) {
    return new Assure(nir, nom, prenom, naissance, nom, prenom, nir.valeur().substring(5, 10), null, null, null, null,
        List.of(new Beneficiaire(nir, nom, prenom, naissance, Qualite.ASSURE, nir)));
  }

  /** The same account with one more person attached. */
  public static Assure rattacher(Assure compte, Nir nir, String nom, String prenom, LocalDate naissance, Qualite qualite) {
    List<Beneficiaire> beneficiaires = new ArrayList<>(compte.beneficiaires());
    beneficiaires.add(new Beneficiaire(nir, nom, prenom, naissance, qualite, compte.nir()));
    return new Assure(compte.nir(), compte.nom(), compte.prenom(), compte.dateNaissance(), compte.nomNaissance(),
        compte.prenoms(), compte.lieuNaissance(), compte.email(), compte.dateAffiliation(), compte.adresse(), compte.cpam(),
        beneficiaires);
  }
}
