package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.Beneficiaire;
import fr.cpam.demarches.compte.Nir;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The server's check of a citizen's request, the same for the API and for the Tasklist form
 * (which only checks in the browser). Every message says in French what to change; the field
 * names are those of the API body.
 */
final class ValidationDemande {

  /** Age from which every person has their own card (DOMAIN §3, §8: the CPAM writes at 16). */
  static final int AGE_CARTE_OBLIGATOIRE = 16;

  private ValidationDemande() {}

  /** The result: either the checked request or the fields to correct, in the order of the form. */
  record Resultat(DemandeValidee demande, List<ErreurChamp> erreurs) {
    boolean estValide() {
      return erreurs.isEmpty();
    }
  }

  /**
   * A loss, theft or broken card: only for a beneficiary who has a valid card of their own
   * ({@code aUneCarte}); a child on a parent's card has none to declare.
   */
  static Resultat declaration(Assure compte, SaisieDemande saisie, Predicate<Nir> aUneCarte, LocalDate aujourdhui) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    Optional<Beneficiaire> beneficiaire = beneficiaire(compte, saisie.beneficiaire(), erreurs);
    beneficiaire.filter(b -> !aUneCarte.test(b.nir())).ifPresent(b -> erreurs.add(new ErreurChamp("beneficiaire",
        b.nomComplet() + " n'a pas de carte Vitale active à son nom : il n'y a pas de carte à déclarer perdue, volée ou"
            + " abîmée. " + (b.age(aujourdhui) < AGE_CARTE_OBLIGATOIRE
                ? "Avant " + AGE_CARTE_OBLIGATOIRE + " ans, un enfant figure sur la carte Vitale de ses parents : si c'est"
                    + " la carte d'un parent qui est perdue, choisissez ce parent."
                : "Pour obtenir sa première carte, faites la démarche « Commander une carte Vitale »."))));
    MotifDeclaration motif = null;
    if (saisie.motif() == null || saisie.motif().isBlank()) {
      erreurs.add(new ErreurChamp("motif", "Choisissez le motif du renouvellement : " + MotifDeclaration.codesPossibles() + "."));
    } else {
      motif = MotifDeclaration.depuisCode(saisie.motif().strip().toLowerCase()).orElse(null);
      if (motif == null) {
        erreurs.add(new ErreurChamp("motif",
            "Le motif « " + saisie.motif() + " » n'existe pas : choisissez " + MotifDeclaration.codesPossibles() + "."));
      }
    }
    List<ErreurChamp> adresse = adresse(saisie);
    erreurs.addAll(adresse);
    if (!Boolean.TRUE.equals(saisie.engagementRestitution())) {
      erreurs.add(new ErreurChamp("engagementRestitution",
          "Cochez la case « Je m'engage à restituer ma carte si je la retrouve » pour continuer."));
    }
    return resultat(compte, beneficiaire, motif, saisie, erreurs);
  }

  static Resultat commande(Assure compte, SaisieDemande saisie, LocalDate aujourdhui) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    Optional<Beneficiaire> beneficiaire = beneficiaire(compte, saisie.beneficiaire(), erreurs);
    // The first-card rule with what the request says; the person's cards and dossiers are read
    // once the fields are right (DossiersCarteVitale.conflit, a 409).
    beneficiaire.flatMap(b -> PremiereCarte.refus(b, aujourdhui, Optional.empty(), Optional.empty()))
        .ifPresent(refus -> erreurs.add(new ErreurChamp("beneficiaire", refus.message())));
    erreurs.addAll(adresse(saisie));
    return resultat(compte, beneficiaire, null, saisie, erreurs);
  }

  private static Optional<Beneficiaire> beneficiaire(Assure compte, String saisie, List<ErreurChamp> erreurs) {
    if (saisie == null || saisie.isBlank()) {
      erreurs.add(new ErreurChamp("beneficiaire",
          "Choisissez la personne rattachée à votre compte qui a besoin d'une nouvelle carte."));
      return Optional.empty();
    }
    Optional<String> nirInvalide = Nir.valider(saisie);
    if (nirInvalide.isPresent()) {
      erreurs.add(new ErreurChamp("beneficiaire", nirInvalide.get()));
      return Optional.empty();
    }
    Optional<Beneficiaire> beneficiaire = compte.beneficiaire(Nir.de("beneficiaire", saisie));
    if (beneficiaire.isEmpty()) {
      erreurs.add(new ErreurChamp("beneficiaire",
          "Cette personne n'est pas rattachée à votre compte : choisissez un bénéficiaire de la liste."));
    }
    return beneficiaire;
  }

  private static List<ErreurChamp> adresse(SaisieDemande s) {
    return Adresse.verifier("adresse", s.adresseLigne1(), s.adresseLigne2(), s.adresseCodePostal(), s.adresseCommune());
  }

  private static Resultat resultat(
      Assure compte, Optional<Beneficiaire> beneficiaire, MotifDeclaration motif, SaisieDemande s, List<ErreurChamp> erreurs) {
    if (!erreurs.isEmpty()) {
      return new Resultat(null, List.copyOf(erreurs));
    }
    Adresse adresse =
        Adresse.de("adresse", s.adresseLigne1(), s.adresseLigne2(), s.adresseCodePostal(), s.adresseCommune());
    boolean modifiee = !adresse.equals(compte.adresse());
    return new Resultat(new DemandeValidee(compte, beneficiaire.orElseThrow(), motif, adresse, modifiee), List.of());
  }
}
