package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Service;

/**
 * The rules of what the RCT agents decide on a dossier ("Qualifier la déclaration", "Identifier
 * l'assureur du tiers", "Chiffrer la créance", "Notifier l'assureur", "Traiter le désaccord") and
 * of the victim's complement ("Compléter votre déclaration"), checked on the server whatever the
 * browser checked, then recorded in the dossier with who gave them. A missing or unknown choice
 * is refused alone; the other fields are refused all at once. A refusal is a
 * {@link DemandeInvalideException} with its fields; the form glue ({@link FormulairesAccidentTiers})
 * turns it into the Tasklist form error.
 */
@Service
class DecisionsAccidentTiers {

  /** The longest text an agent or the victim writes in these forms. */
  static final int TEXTE_MAX = 2000;

  /** "Qualifier la déclaration", as given. */
  record Qualification(String decision, String referenceArret, String question, String motif) {}

  /** "Compléter votre déclaration", as the victim gave it. */
  record Complement(String reponse, String tiers, String assureur, String contrat, String plainte) {}

  /** "Identifier l'assureur du tiers", as given. */
  record Identification(String decision, String assureur, String contrat, String motif) {}

  /** "Chiffrer la créance", as given: the care costs of the form's filled lines. */
  record Chiffrage(String decision, List<CreancesAccidentTiers.FraisSaisi> frais, String motif) {}

  /** "Traiter le désaccord", as given: the amount agreed is typed in euros. */
  record Desaccord(String decision, String montant, String motif) {}

  private final DossiersAccidentTiers dossiers;
  private final CreancesAccidentTiers creances;
  private final Clock horloge;

  DecisionsAccidentTiers(DossiersAccidentTiers dossiers, CreancesAccidentTiers creances, Clock horloge) {
    this.dossiers = dossiers;
    this.creances = creances;
    this.horloge = horloge;
  }

  /** The qualification checked, the arrêt's reference corrected if given, the decision noted. */
  void qualifier(String reference, Qualification q, String auteur) {
    String arret = verifier(q);
    if (arret != null) {
      dossiers.corrigerReferenceArret(reference, arret, auteur);
    }
    dossiers.noter(reference, "Qualification : " + libelle(q.decision()), auteur);
  }

  /**
   * The qualification's rules: a known decision; an arrêt's reference, if given, shaped like one;
   * the question for a request to the victim, the reason (she reads it) for a closing.
   *
   * @return the arrêt's reference in capitals, or null when none is given
   */
  static String verifier(Qualification q) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    String decision = choix(DECISION_QUALIFICATION, q.decision(), Set.of(RECEVABLE, COMPLEMENT, CLASSER),
        "Choisissez la suite : recours à exercer, informations à demander à la victime, ou pas d'accident causé par un tiers.");
    String arret = ValidationDeclaration.facultatif(REFERENCE_ARRET, q.referenceArret(), 30, erreurs);
    if (arret != null && !ValidationDeclaration.referenceArretValide(arret.toUpperCase(Locale.ROOT))) {
      erreurs.add(new ErreurChamp(REFERENCE_ARRET, "La référence de l'arrêt est celle de son dossier d'indemnités journalières, par exemple "
          + ValidationDeclaration.EXEMPLE_REFERENCE_ARRET + "."));
    }
    if (COMPLEMENT.equals(decision)) {
      exige(QUESTION_VICTIME, q.question(), "Écrivez la question à poser à la victime.", erreurs);
    } else if (CLASSER.equals(decision)) {
      exige(MOTIF, q.motif(), "Indiquez pourquoi ce n'est pas un accident causé par un tiers (la victime le lira).", erreurs);
    }
    refuserSi(erreurs);
    return arret == null ? null : arret.toUpperCase(Locale.ROOT);
  }

  /**
   * The victim's complement, from her only: her answer, and what she adds of the third party, its
   * insurer and the report, within their lengths.
   *
   * @param victime who declared the accident; {@code auteur} who answers (null: not a person, a test or a job)
   */
  void completer(String reference, Complement c, String victime, String auteur) {
    if (auteur != null && !auteur.equals(victime)) {
      throw new DemandeInvalideException(REPONSE_VICTIME, "Seule la victime qui a déclaré l'accident peut compléter sa déclaration.");
    }
    List<ErreurChamp> erreurs = new ArrayList<>();
    String reponse = exige(REPONSE_VICTIME, c.reponse(), "Écrivez votre réponse à la question de votre CPAM.", erreurs);
    String tiers = ValidationDeclaration.facultatif(TIERS_IDENTITE, c.tiers(), ValidationDeclaration.TIERS_MAX, erreurs);
    String assureur = ValidationDeclaration.facultatif(ASSUREUR_NOM, c.assureur(), ValidationDeclaration.ASSUREUR_MAX, erreurs);
    String contrat = ValidationDeclaration.facultatif(ASSUREUR_CONTRAT, c.contrat(), ValidationDeclaration.CONTRAT_MAX, erreurs);
    String plainte = ValidationDeclaration.facultatif(PV_REFERENCE, c.plainte(), ValidationDeclaration.PV_REFERENCE_MAX, erreurs);
    refuserSi(erreurs);
    dossiers.complementRecu(reference, reponse, tiers, assureur, contrat, plainte);
  }

  /** The insurer found (its name, its contract), the guarantee fund, or the dossier closed with its reason. */
  void identifier(String reference, Identification i, String auteur) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    String decision = choix(DECISION_IDENTIFICATION, i.decision(), Set.of(ASSUREUR, FONDS, CLASSER),
        "Choisissez la suite : assureur identifié, responsable non assuré ou introuvable, ou dossier à classer.");
    String nom = null;
    String contrat = null;
    if (ASSUREUR.equals(decision)) {
      nom = exige(ASSUREUR_NOM, i.assureur(), "Indiquez le nom de l'assureur du responsable.", erreurs);
      contrat = ValidationDeclaration.facultatif(ASSUREUR_CONTRAT, i.contrat(), ValidationDeclaration.CONTRAT_MAX, erreurs);
    } else if (CLASSER.equals(decision)) {
      exige(MOTIF, i.motif(), "Indiquez pourquoi le dossier est classé (la victime le lira).", erreurs);
    }
    refuserSi(erreurs);
    if (ASSUREUR.equals(decision)) {
      dossiers.assureurIdentifie(reference, nom, contrat, auteur);
    } else if (FONDS.equals(decision)) {
      dossiers.confierAuFonds(reference, auteur);
    }
  }

  /** The care costs checked against the accident's date and today, then added to the claim. */
  void chiffrer(String reference, Chiffrage c, String auteur) {
    verifier(c, dossiers.dossier(reference).getDateAccident(), LocalDate.now(horloge), () -> !creances.etat(reference).lignes().isEmpty());
    creances.ajouterFrais(reference, c.frais(), auteur);
  }

  /**
   * The claim's rules: each cost line whole and dated between the accident and today; a reason
   * to close; something to claim before notifying (a line typed now or already in the claim).
   *
   * @param dejaDesFrais whether the claim already has lines (read only when nothing is typed)
   */
  static void verifier(Chiffrage c, LocalDate dateAccident, LocalDate aujourdhui, BooleanSupplier dejaDesFrais) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    String decision = choix(DECISION_CHIFFRAGE, c.decision(), Set.of(NOTIFIER, CLASSER),
        "Choisissez de préparer la notification au payeur, ou de classer le dossier faute de frais à réclamer.");
    erreurs.addAll(CreancesAccidentTiers.verifier(c.frais(), dateAccident, aujourdhui));
    if (CLASSER.equals(decision)) {
      exige(MOTIF, c.motif(), "Indiquez pourquoi aucun frais n'est réclamé (la victime le lira).", erreurs);
    } else if (NOTIFIER.equals(decision) && c.frais().isEmpty() && !dejaDesFrais.getAsBoolean()) {
      erreurs.add(new ErreurChamp(fraisNature(1), "Aucun frais n'est lié à l'accident : saisissez les frais de soins, ou classez le dossier."));
    }
    refuserSi(erreurs);
  }

  /** "Notifier l'assureur": send the claim, or go back to the costs. */
  static void notifier(String decision) {
    choix(DECISION_NOTIFICATION, decision, Set.of(ENVOYER, CORRIGER), "Choisissez d'envoyer la créance au payeur ou de revenir au chiffrage.");
  }

  /** The amount agreed with the payer, a lawsuit, or the recovery given up with its reason. */
  void desaccord(String reference, Desaccord d, String auteur) {
    Long convenu = verifier(d, creances.etat(reference).principal());
    if (convenu != null) {
      dossiers.convenir(reference, convenu, auteur);
    } else {
      dossiers.noter(reference, "Désaccord : " + libelle(d.decision()), auteur);
    }
  }

  /**
   * The disagreement's rules: an amount agreed is in euros, above zero and not above what was
   * claimed; giving up needs its reason.
   *
   * @param reclame what was claimed, in cents
   * @return the amount agreed in cents, or null for another decision
   */
  static Long verifier(Desaccord d, long reclame) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    String decision = choix(DECISION_DESACCORD, d.decision(), Set.of(NEGOCIER, CONTENTIEUX, ABANDONNER),
        "Choisissez la suite : montant convenu avec le payeur, action en justice, ou abandon du recours.");
    Long convenu = null;
    if (NEGOCIER.equals(decision)) {
      String saisie = exige(MONTANT_TRANSIGE, d.montant(), "Indiquez le montant convenu avec le payeur.", erreurs);
      if (saisie != null) {
        convenu = Montants.lire(saisie).orElse(null);
        if (convenu == null || convenu <= 0) {
          erreurs.add(new ErreurChamp(MONTANT_TRANSIGE, "Le montant s'écrit en euros avec deux décimales au plus, par exemple 1 250,00."));
        } else if (convenu > reclame) {
          erreurs.add(new ErreurChamp(MONTANT_TRANSIGE,
              "Le montant convenu dépasse les sommes réclamées (" + Montants.enClair(reclame) + ") : vérifiez-le."));
        }
      }
    } else if (ABANDONNER.equals(decision)) {
      exige(MOTIF, d.motif(), "Indiquez pourquoi le recours est abandonné (la victime le lira).", erreurs);
    }
    refuserSi(erreurs);
    return NEGOCIER.equals(decision) ? convenu : null;
  }

  static String libelle(String decision) {
    return switch (decision) {
      case RECEVABLE -> "recours à exercer";
      case COMPLEMENT -> "informations demandées à la victime";
      case CLASSER -> "pas d'accident causé par un tiers";
      case NEGOCIER -> "montant convenu avec le payeur";
      case CONTENTIEUX -> "action en justice";
      case ABANDONNER -> "abandon du recours";
      default -> decision;
    };
  }

  /** A choice among the form's values, refused alone (the rest of the form depends on it). */
  private static String choix(String champ, String valeur, Set<String> valeurs, String siAbsent) {
    if (valeur == null || !valeurs.contains(valeur)) {
      throw new DemandeInvalideException(champ, siAbsent);
    }
    return valeur;
  }

  private static String exige(String champ, String valeur, String siVide, List<ErreurChamp> erreurs) {
    if (valeur == null || valeur.isBlank()) {
      erreurs.add(new ErreurChamp(champ, siVide));
      return null;
    }
    String texte = valeur.strip();
    if (texte.length() > TEXTE_MAX) {
      erreurs.add(new ErreurChamp(champ, "Ce texte dépasse " + TEXTE_MAX + " caractères (" + texte.length() + ") : raccourcissez-le."));
      return null;
    }
    return texte;
  }

  private static void refuserSi(List<ErreurChamp> erreurs) {
    if (!erreurs.isEmpty()) {
      throw new DemandeInvalideException(erreurs);
    }
  }
}
