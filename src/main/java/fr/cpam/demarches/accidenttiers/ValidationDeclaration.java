package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.commun.FormatDocument;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.commun.ReferenceDossierGenerator;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.Beneficiaire;
import fr.cpam.demarches.compte.Nir;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The server's check of a declaration, the same for our API and for the Tasklist start form
 * (which only checks in the browser). Every message says in French what to change; the field
 * names are those of the API body and of the form.
 */
final class ValidationDeclaration {

  static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** Reads a date as the citizen types it; 31/02 is not a date (no silent move to 28/02). */
  private static final DateTimeFormatter SAISIE_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
  /** How the messages show a dossier reference of the indemnités journalières. */
  static final String EXEMPLE_REFERENCE_ARRET = "IJ-2026-K7M2Q-X9PD";

  /** A dossier reference of the indemnités journalières: IJ-, the year, its random part and check character. */
  static boolean referenceArretValide(String reference) {
    return reference != null && reference.startsWith("IJ-") && ReferenceDossierGenerator.valide(reference);
  }

  static final int LIEU_MAX = 200;
  static final int CIRCONSTANCES_MAX = 4000;
  static final int TIERS_MAX = 300;
  static final int ASSUREUR_MAX = 120;
  static final int CONTRAT_MAX = 60;
  static final int PV_REFERENCE_MAX = 60;
  static final int TEMOINS_MAX = 1000;
  static final int COMPLEMENTAIRE_MAX = 120;

  private ValidationDeclaration() {}

  record Resultat(DeclarationValidee declaration, List<ErreurChamp> erreurs) {
    boolean estValide() {
      return erreurs.isEmpty();
    }
  }

  /**
   * @param delaiJours the legal delay to declare (15 days): a later declaration is accepted and flagged
   * @param tailleMaxPiece largest attachment accepted, in bytes
   */
  static Resultat verifier(Assure compte, SaisieDeclaration s, LocalDate aujourdhui, int delaiJours, long tailleMaxPiece) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    Optional<Beneficiaire> blesse = blesse(compte, s, erreurs);
    LocalDate date = dateAccident(s.dateAccident(), aujourdhui, blesse, erreurs);
    String lieu = texte("lieu", s.lieu(), LIEU_MAX, "Indiquez le lieu de l'accident (commune, adresse ou route).", erreurs);
    NatureAccident nature = nature(s.natureAccident(), erreurs);
    String circonstances = texte("circonstances", s.circonstances(), CIRCONSTANCES_MAX,
        "Décrivez les circonstances de l'accident : ce qui s'est passé et qui en est responsable selon vous.", erreurs);
    boolean tiersConnu = oblige("tiersConnu", s.tiersConnu(),
        "Indiquez si vous connaissez la personne responsable de l'accident (oui ou non).", erreurs);
    String tiersIdentite = facultatif("tiersIdentite", s.tiersIdentite(), TIERS_MAX, erreurs);
    String assureurNom = facultatif("assureurNom", s.assureurNom(), ASSUREUR_MAX, erreurs);
    String assureurContrat = facultatif("assureurContrat", s.assureurContrat(), CONTRAT_MAX, erreurs);
    if (tiersConnu && tiersIdentite == null) {
      erreurs.add(new ErreurChamp("tiersIdentite",
          "Indiquez qui est responsable : son nom, ou l'immatriculation de son véhicule, ou le propriétaire de l'animal."));
    }
    if (assureurContrat != null && assureurNom == null) {
      erreurs.add(new ErreurChamp("assureurNom", "Indiquez le nom de l'assureur dont vous donnez le numéro de contrat."));
    }
    if (!tiersConnu) {
      tiersIdentite = null;
      assureurNom = null;
      assureurContrat = null;
    }
    boolean pv = oblige("pvOuPlainte", s.pvOuPlainte(),
        "Indiquez si un procès-verbal a été établi ou si une plainte a été déposée (oui ou non).", erreurs);
    String pvReference = facultatif("pvReference", s.pvReference(), PV_REFERENCE_MAX, erreurs);
    FormatDocument format = piece(s.piecePv(), tailleMaxPiece, erreurs);
    if (!pv && (pvReference != null || format != null)) {
      erreurs.add(new ErreurChamp("pvOuPlainte",
          "Vous donnez un procès-verbal ou une plainte : répondez « oui » à la question du procès-verbal ou de la plainte."));
    }
    String temoins = facultatif("temoins", s.temoins(), TEMOINS_MAX, erreurs);
    boolean arret = Boolean.TRUE.equals(s.arretTravail());
    String referenceArret = facultatif("referenceArret", s.referenceArret(), 30, erreurs);
    if (referenceArret != null) {
      referenceArret = referenceArret.toUpperCase(Locale.ROOT);
      if (!referenceArretValide(referenceArret)) {
        erreurs.add(new ErreurChamp("referenceArret",
            "La référence de l'arrêt de travail est celle de son dossier d'indemnités journalières, par exemple "
                + EXEMPLE_REFERENCE_ARRET + "."));
      } else if (!arret) {
        erreurs.add(new ErreurChamp("arretTravail",
            "Vous donnez la référence d'un arrêt de travail : cochez « Arrêt de travail » dans les conséquences de l'accident."));
      }
    }
    String complementaire = facultatif("complementaire", s.complementaire(), COMPLEMENTAIRE_MAX, erreurs);
    if (!erreurs.isEmpty()) {
      return new Resultat(null, List.copyOf(erreurs));
    }
    long jours = ChronoUnit.DAYS.between(date, aujourdhui);
    return new Resultat(
        new DeclarationValidee(blesse.orElseThrow(), date, lieu, nature, circonstances, tiersConnu, tiersIdentite, assureurNom,
            assureurContrat, pv, pv ? pvReference : null, format == null ? null : s.piecePv(), format, temoins,
            Boolean.TRUE.equals(s.urgences()), Boolean.TRUE.equals(s.hospitalisation()), arret, referenceArret,
            Boolean.TRUE.equals(s.soinsEnCours()), complementaire, jours, jours > delaiJours),
        List.of());
  }

  /**
   * The injured person: the account owner when the form says "vous", otherwise the person of the
   * account named by a NIR or a first name. Only the account's persons can be chosen.
   */
  private static Optional<Beneficiaire> blesse(Assure compte, SaisieDeclaration s, List<ErreurChamp> erreurs) {
    if ("vous".equalsIgnoreCase(s.blesse() == null ? "" : s.blesse().strip())) {
      return compte.beneficiaire(compte.nir());
    }
    String saisie = s.beneficiaire() == null ? "" : s.beneficiaire().strip();
    if (saisie.isEmpty()) {
      erreurs.add(new ErreurChamp("beneficiaire",
          "Indiquez la personne blessée : vous-même ou une personne rattachée à votre compte (" + prenoms(compte) + ")."));
      return Optional.empty();
    }
    Optional<Beneficiaire> trouve;
    if (saisie.chars().filter(Character::isDigit).count() >= 13) {
      Optional<String> invalide = Nir.valider(saisie);
      if (invalide.isPresent()) {
        erreurs.add(new ErreurChamp("beneficiaire", invalide.get()));
        return Optional.empty();
      }
      trouve = compte.beneficiaire(Nir.de("beneficiaire", saisie));
    } else {
      List<Beneficiaire> memePrenom = compte.beneficiaires().stream()
          .filter(b -> sansAccents(b.prenom()).equals(sansAccents(saisie))).toList();
      if (memePrenom.size() > 1) {
        erreurs.add(new ErreurChamp("beneficiaire",
            "Plusieurs personnes de votre compte s'appellent " + saisie + " : indiquez son numéro de sécurité sociale."));
        return Optional.empty();
      }
      trouve = memePrenom.stream().findFirst();
    }
    if (trouve.isEmpty()) {
      erreurs.add(new ErreurChamp("beneficiaire",
          "Cette personne n'est pas rattachée à votre compte : indiquez une personne de votre compte (" + prenoms(compte) + ")."));
    }
    return trouve;
  }

  private static String prenoms(Assure compte) {
    return compte.beneficiaires().stream().map(Beneficiaire::prenom).collect(Collectors.joining(", "));
  }

  private static String sansAccents(String texte) {
    return Normalizer.normalize(texte.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  private static LocalDate dateAccident(String saisie, LocalDate aujourdhui, Optional<Beneficiaire> blesse, List<ErreurChamp> erreurs) {
    if (saisie == null || saisie.isBlank()) {
      erreurs.add(new ErreurChamp("dateAccident", "Indiquez la date de l'accident."));
      return null;
    }
    LocalDate date;
    try {
      String propre = saisie.strip();
      date = propre.contains("/") ? LocalDate.parse(propre, SAISIE_DATE) : LocalDate.parse(propre.length() > 10 ? propre.substring(0, 10) : propre);
    } catch (DateTimeParseException illisible) {
      erreurs.add(new ErreurChamp("dateAccident", "La date de l'accident s'écrit JJ/MM/AAAA (ou AAAA-MM-JJ), par exemple 14/03/2026."));
      return null;
    }
    if (date.isAfter(aujourdhui)) {
      erreurs.add(new ErreurChamp("dateAccident",
          "La date de l'accident (" + JJ_MM_AAAA.format(date) + ") est dans le futur : indiquez le jour où il a eu lieu."));
      return null;
    }
    if (blesse.isPresent() && date.isBefore(blesse.get().dateNaissance())) {
      erreurs.add(new ErreurChamp("dateAccident",
          "La date de l'accident (" + JJ_MM_AAAA.format(date) + ") est antérieure à la naissance de " + blesse.get().nomComplet()
              + " (" + JJ_MM_AAAA.format(blesse.get().dateNaissance()) + ") : vérifiez la date ou la personne blessée."));
      return null;
    }
    return date;
  }

  private static NatureAccident nature(String saisie, List<ErreurChamp> erreurs) {
    if (saisie == null || saisie.isBlank()) {
      erreurs.add(new ErreurChamp("natureAccident", "Choisissez le genre d'accident : " + NatureAccident.codesPossibles() + "."));
      return null;
    }
    Optional<NatureAccident> nature = NatureAccident.depuisCode(saisie.strip().toLowerCase(Locale.ROOT));
    if (nature.isEmpty()) {
      erreurs.add(new ErreurChamp("natureAccident",
          "Le genre d'accident « " + saisie.strip() + " » n'existe pas : choisissez " + NatureAccident.codesPossibles() + "."));
      return null;
    }
    return nature.get();
  }

  static FormatDocument piece(Fichier piece, long tailleMax, List<ErreurChamp> erreurs) {
    if (piece == null) {
      return null;
    }
    String nom = piece.nomPropre();
    String consigne = "un PDF, un JPEG ou un PNG de " + FormatDocument.enMo(tailleMax) + " au plus";
    if (piece.contenu() == null || piece.contenu().length == 0) {
      erreurs.add(new ErreurChamp("piecePv", "Le fichier « " + nom + " » est vide : joignez " + consigne + "."));
      return null;
    }
    if (piece.contenu().length > tailleMax) {
      erreurs.add(new ErreurChamp("piecePv", "Le fichier « " + nom + " » pèse " + FormatDocument.enMo(piece.contenu().length)
          + " : joignez " + consigne + "."));
      return null;
    }
    Optional<FormatDocument> format = FormatDocument.de(piece.contenu());
    if (format.isEmpty()) {
      erreurs.add(new ErreurChamp("piecePv", "Le fichier « " + nom + " » n'est ni un PDF, ni un JPEG, ni un PNG : joignez "
          + consigne + "."));
      return null;
    }
    return format.get();
  }

  static String texte(String champ, String saisie, int max, String siVide, List<ErreurChamp> erreurs) {
    if (saisie == null || saisie.isBlank()) {
      erreurs.add(new ErreurChamp(champ, siVide));
      return null;
    }
    return longueur(champ, saisie.strip(), max, erreurs);
  }

  static String facultatif(String champ, String saisie, int max, List<ErreurChamp> erreurs) {
    if (saisie == null || saisie.isBlank()) {
      return null;
    }
    return longueur(champ, saisie.strip(), max, erreurs);
  }

  private static String longueur(String champ, String texte, int max, List<ErreurChamp> erreurs) {
    if (texte.length() > max) {
      erreurs.add(new ErreurChamp(champ, "Ce texte dépasse " + max + " caractères (" + texte.length() + ") : raccourcissez-le."));
      return null;
    }
    return texte;
  }

  private static boolean oblige(String champ, Boolean valeur, String siVide, List<ErreurChamp> erreurs) {
    if (valeur == null) {
      erreurs.add(new ErreurChamp(champ, siVide));
      return false;
    }
    return valeur;
  }
}
