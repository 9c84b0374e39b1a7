package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.cartevitale.interne.CarteVitale;
import fr.cpam.demarches.cartevitale.interne.DossierCarteVitale;
import fr.cpam.demarches.compte.Beneficiaire;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The first-card rule (docs/regles-metier.md, « Commander une première carte »): a person of the
 * account may have a first carte Vitale of her own ordered from {@value #AGE_MINIMUM} years of age,
 * when she has no active card and no carte Vitale démarche under way. Written here only; the
 * Tasklist form's list, the checks of the API, the pages and the form, and « Ma carte Vitale »
 * ({@code peutCommander}) all ask it.
 */
final class PremiereCarte {

  /** Age from which a person may have her own card on request (before, a child is on her parents' card). */
  static final int AGE_MINIMUM = 12;

  private PremiereCarte() {}

  /** Why a first card cannot be ordered. */
  enum Motif {
    TROP_JEUNE,
    DEMARCHE_EN_COURS,
    CARTE_ACTIVE
  }

  /**
   * A refusal: why, the message of the form's field {@code beneficiaire} (API, pages, Tasklist),
   * and the few words that follow the person's name in the form's list of people left out.
   */
  record Refus(Motif motif, String message, String enBref) {}

  /**
   * Why this person cannot have a first card ordered today, or empty when she can. What is not
   * known to the caller yet is passed empty (the request's fields are checked before the
   * person's cards and dossiers are read).
   *
   * @param carteActive one of her active cards, if any
   * @param demarcheEnCours her carte Vitale dossier under way, if any
   */
  static Optional<Refus> refus(
      Beneficiaire personne, LocalDate aujourdhui, Optional<CarteVitale> carteActive, Optional<DossierCarteVitale> demarcheEnCours) {
    int age = personne.age(aujourdhui);
    if (age < AGE_MINIMUM) {
      return Optional.of(new Refus(Motif.TROP_JEUNE,
          personne.nomComplet() + " a moins de " + AGE_MINIMUM + " ans : jusqu'à cet âge, un enfant"
              + " figure sur la carte Vitale de ses parents et n'a pas de carte personnelle.",
          age + " ans ; avant " + AGE_MINIMUM + " ans, un enfant figure sur la carte Vitale de ses parents."));
    }
    if (demarcheEnCours.isPresent()) {
      DossierCarteVitale dossier = demarcheEnCours.get();
      return Optional.of(new Refus(Motif.DEMARCHE_EN_COURS,
          DossiersCarteVitale.messageDossierEnCours(dossier),
          "une démarche de carte Vitale est en cours (dossier " + dossier.getReference() + ")."));
    }
    return carteActive.map(carte -> new Refus(Motif.CARTE_ACTIVE,
        personne.nomComplet() + " a déjà une carte Vitale active (n° " + carte.getNumeroSerie()
            + ") : une première carte ne peut pas être commandée. Si elle est perdue, volée ou abîmée,"
            + " déclarez-le avec « Déclarer la perte ou le vol de la carte Vitale ».",
        "a déjà une carte Vitale active (si elle est perdue, volée ou abîmée : « Déclarer la perte ou le vol de la carte Vitale »)."));
  }
}
