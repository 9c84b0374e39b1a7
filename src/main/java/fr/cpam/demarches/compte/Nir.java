package fr.cpam.demarches.compte;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Fuseau;
import java.math.BigInteger;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NIR, "numéro de sécurité sociale": 13 characters and a 2-digit key.
 *
 * <p>Layout: sex (1 or 2), year of birth (2 digits), month (01-12, or 20-42 and 50-99 when the
 * month is unknown), department (01-95 but 20; 20 for Corsica before 1976, 2A/2B from 1976; 97x
 * and 98x overseas, 3 characters, leaving 2 for the commune; 99 born abroad; never 00 nor 96),
 * commune (3), order number (3), key. The key is 97 minus the first 13 digits modulo 97, after
 * replacing 2A by 19 and 2B by 18. The year has 2 digits: a year not after this year's is taken
 * in this century, a later one in the last (docs/regles-metier.md, « Le NIR »).
 *
 * <p>Built from what a person types: spaces are ignored, letters are upper-cased. Every
 * refusal says in French what is wrong.
 */
public final class Nir {

  private static final Pattern FORME =
      Pattern.compile("([12])(\\d{2})(\\d{2})(\\d{2}|2A|2B)(\\d{3})(\\d{3})(\\d{2})");

  private final String valeur;

  private Nir(String valeur) {
    this.valeur = valeur;
  }

  /** Parses a NIR typed by a person; the message of the exception names {@code champ}. */
  public static Nir de(String champ, String saisie) {
    Optional<String> erreur = valider(saisie);
    if (erreur.isPresent()) {
      throw new DemandeInvalideException(champ, erreur.get());
    }
    return new Nir(normaliser(saisie));
  }

  /** Parses a NIR that is known to be valid (read from our database); fails otherwise. */
  @JsonCreator
  public static Nir de(String saisie) {
    return de("nir", saisie);
  }

  /** The full NIR of a citizen's login: the 13 characters, to which the key is added. */
  public static Nir depuisIdentifiant(String identifiant) {
    String treize = normaliser(identifiant);
    if (treize.length() != 13) {
      throw new DemandeInvalideException("identifiant", "L'identifiant doit comporter les 13 caractères du NIR, sans la clé.");
    }
    return de("identifiant", treize + String.format("%02d", cle(treize)));
  }

  /** What is wrong with a typed NIR, in French; empty when it is valid. */
  public static Optional<String> valider(String saisie) {
    if (saisie == null || saisie.isBlank()) {
      return Optional.of("Indiquez le numéro de sécurité sociale (15 caractères, clé comprise).");
    }
    String nir = normaliser(saisie);
    if (nir.length() != 15) {
      return Optional.of(
          "Le numéro de sécurité sociale doit comporter 15 caractères (13 caractères et une clé de 2 chiffres) :"
              + " vous en avez saisi " + nir.length() + ".");
    }
    if (!nir.substring(0, 5).chars().allMatch(Character::isDigit)
        || !nir.substring(7).chars().allMatch(Character::isDigit)) {
      return Optional.of(
          "Le numéro de sécurité sociale ne contient que des chiffres, sauf 2A ou 2B pour un"
              + " département de naissance en Corse.");
    }
    Matcher m = FORME.matcher(nir);
    if (!m.matches()) {
      if (nir.charAt(0) != '1' && nir.charAt(0) != '2') {
        return Optional.of("Le numéro de sécurité sociale commence par 1 (homme) ou 2 (femme).");
      }
      return Optional.of(
          "Le département de naissance (6e et 7e caractères) doit être composé de 2 chiffres,"
              + " ou 2A ou 2B pour la Corse.");
    }
    int mois = Integer.parseInt(m.group(3));
    if (!(mois >= 1 && mois <= 12 || mois >= 20 && mois <= 42 || mois >= 50)) {
      return Optional.of("Le mois de naissance (4e et 5e chiffres) n'est pas valide : " + m.group(3) + ".");
    }
    Optional<String> departement = departement(m.group(4), Integer.parseInt(m.group(2)));
    if (departement.isPresent()) {
      return departement;
    }
    int cle = Integer.parseInt(m.group(7));
    int attendue = cle(nir.substring(0, 13));
    if (cle != attendue) {
      return Optional.of(
          "La clé du numéro de sécurité sociale ne correspond pas aux 13 premiers caractères :"
              + " vérifiez votre saisie.");
    }
    return Optional.empty();
  }

  /** First year of birth coded 2A/2B for Corsica; 20 before it. */
  static final int ANNEE_CORSE_2A_2B = 1976;

  /** What is wrong with the department of birth (6th and 7th characters), if anything. */
  private static Optional<String> departement(String departement, int annee2Chiffres) {
    int annee = anneeDeNaissance(annee2Chiffres);
    String partie = "Le département de naissance (6e et 7e caractères, « " + departement + " »)";
    return switch (departement) {
      case "00", "96" -> Optional.of(partie + " n'existe pas : indiquez 01 à 95, 2A ou 2B pour la Corse, 97 ou 98"
          + " suivi d'un chiffre pour l'outre-mer, 99 pour une naissance à l'étranger.");
      case "20" -> annee < ANNEE_CORSE_2A_2B ? Optional.empty()
          : Optional.of(partie + " ne s'emploie que pour les personnes nées en Corse avant " + ANNEE_CORSE_2A_2B
              + " : pour une naissance en " + annee + ", indiquez 2A (Corse-du-Sud) ou 2B (Haute-Corse).");
      case "2A", "2B" -> annee >= ANNEE_CORSE_2A_2B ? Optional.empty()
          : Optional.of(partie + " ne s'emploie que pour les personnes nées en Corse depuis " + ANNEE_CORSE_2A_2B
              + " : pour une naissance en " + annee + ", le département est 20.");
      default -> Optional.empty();
    };
  }

  /**
   * The year of birth of a 2-digit year: this century up to this year, the last one after it.
   * "This year" is the system's: a NIR, a value read in a hundred places, reads the same whatever
   * date a test gives the engine (the only rule not on the application's clock; it matters only
   * for people born a century ago).
   */
  static int anneeDeNaissance(int annee2Chiffres) {
    int maintenant = Year.now(Fuseau.PARIS).getValue();
    int siecle = maintenant - maintenant % 100;
    return siecle + annee2Chiffres <= maintenant ? siecle + annee2Chiffres : siecle - 100 + annee2Chiffres;
  }

  /** The key of the first 13 characters: 97 minus their value modulo 97 (2A = 19, 2B = 18). */
  static int cle(String treize) {
    String chiffres = treize.substring(0, 5) + corse(treize.substring(5, 7)) + treize.substring(7, 13);
    return 97 - new BigInteger(chiffres).mod(BigInteger.valueOf(97)).intValue();
  }

  private static String corse(String departement) {
    return switch (departement) {
      case "2A" -> "19";
      case "2B" -> "18";
      default -> departement;
    };
  }

  private static String normaliser(String saisie) {
    return saisie.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
  }

  /** The 15 characters without spaces, as stored and as in URLs. */
  @JsonValue
  public String valeur() {
    return valeur;
  }

  /** The engine user id of the citizen: the 13 characters without the key. */
  public String identifiant() {
    return valeur.substring(0, 13);
  }

  /** As printed on the carte Vitale: {@code 2 85 04 75 112 345 60}. */
  public String formate() {
    return String.join(" ", valeur.substring(0, 1), valeur.substring(1, 3), valeur.substring(3, 5),
        valeur.substring(5, 7), valeur.substring(7, 10), valeur.substring(10, 13), valeur.substring(13));
  }

  /** For logs and screens that need no more: sex and year only, {@code 2 85 ** ** *** *** **}. */
  public String masque() {
    return valeur.substring(0, 1) + " " + valeur.substring(1, 3) + " ** ** *** *** **";
  }

  public boolean estFemme() {
    return valeur.charAt(0) == '2';
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Nir autre && autre.valeur.equals(valeur);
  }

  @Override
  public int hashCode() {
    return valeur.hashCode();
  }

  /** Masked: a NIR never reaches a log line whole by accident. */
  @Override
  public String toString() {
    return masque();
  }
}
