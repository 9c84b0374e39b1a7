package fr.cpam.demarches.compte;

import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.interne.AssureEntite;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The insured person who owns an ameli account, as other modules read it: a copy made inside
 * {@link CompteService}'s transaction, with the beneficiaries attached to the account (the owner
 * is one of them) and the CPAM that manages the file. Changes go through {@link CompteService}
 * (docs/decisions/0096-le-compte-lu-en-records.md).
 *
 * @param nomNaissance the birth name, as FranceConnect gives it (its « identité pivot »); the
 *     name when the account was opened without it
 * @param prenoms all the given names, separated by spaces, in the civil-status order; the first
 *     name when unknown
 * @param lieuNaissance the INSEE code of the birth commune, or 99 and the country's code for a
 *     birth abroad; the place of the NIR when unknown
 * @param dateAffiliation the day the person became an insured person (their first job, the start
 *     of the "12 months of registration" of the allowances beyond 6 months); null when unknown,
 *     see {@link #affiliation()}
 * @param adresse the postal address where the CPAM writes and sends cards
 */
public record Assure(
    Nir nir,
    String nom,
    String prenom,
    LocalDate dateNaissance,
    String nomNaissance,
    String prenoms,
    String lieuNaissance,
    String email,
    LocalDate dateAffiliation,
    Adresse adresse,
    Cpam cpam,
    List<Beneficiaire> beneficiaires) {

  public Assure {
    beneficiaires = List.copyOf(beneficiaires);
  }

  static Assure de(AssureEntite e) {
    return new Assure(
        e.getNir(),
        e.getNom(),
        e.getPrenom(),
        e.getDateNaissance(),
        e.getNomNaissance(),
        e.getPrenoms(),
        e.getLieuNaissance(),
        e.getEmail(),
        e.getDateAffiliation().orElse(null),
        e.getAdresse(),
        Cpam.de(e.getCpam()),
        e.getBeneficiaires().stream().map(b -> Beneficiaire.de(b, e.getNir())).toList());
  }

  public String nomComplet() {
    return prenom + " " + nom;
  }

  /** The affiliation date, if known. */
  public Optional<LocalDate> affiliation() {
    return Optional.ofNullable(dateAffiliation);
  }

  /** The beneficiary of this account with that NIR, if there is one. */
  public Optional<Beneficiaire> beneficiaire(Nir nirBeneficiaire) {
    return beneficiaires.stream().filter(b -> b.nir().equals(nirBeneficiaire)).findFirst();
  }
}
