package fr.cpam.demarches.connexion;

import fr.cpam.demarches.compte.Assure;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * FranceConnect's « identité pivot »: birth name, given names, sex, birth date, birthplace (the
 * INSEE code of the commune for a birth in France, else the country's code, 99XXX). Compared with
 * an account the way a person would expect: case, accents, hyphens, apostrophes and the order of
 * the given names do not matter; a presumed birth date ({@code AAAA-01-01}, or a day or month
 * {@code 00}) matches on what it knows.
 *
 * @param jourConnu false when the day (and {@code moisConnu} the month) is presumed
 */
record IdentitePivot(
    String nomNaissance,
    List<String> prenoms,
    Sexe sexe,
    LocalDate dateNaissance,
    boolean moisConnu,
    boolean jourConnu,
    String lieuNaissance) {

  static final String FRANCE = "99100";

  enum Sexe {
    FEMME,
    HOMME
  }

  /**
   * The identity read from the claims (userinfo or ID token); empty when one of its parts is
   * missing or unreadable: such an identity matches nobody.
   */
  static Optional<IdentitePivot> depuis(Map<String, Object> claims) {
    String nom = texte(claims.get("family_name"));
    String prenoms = texte(claims.get("given_name"));
    String genre = texte(claims.get("gender"));
    String naissance = texte(claims.get("birthdate"));
    String pays = texte(claims.get("birthcountry"));
    String commune = texte(claims.get("birthplace"));
    if (nom.isEmpty() || prenoms.isEmpty() || naissance.isEmpty() || pays.isEmpty()) {
      return Optional.empty();
    }
    Sexe sexe = switch (genre) {
      case "female" -> Sexe.FEMME;
      case "male" -> Sexe.HOMME;
      default -> null;
    };
    if (sexe == null || !naissance.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Optional.empty();
    }
    String lieu = FRANCE.equals(pays) ? commune : pays;
    if (!lieu.matches("[0-9][0-9AB][0-9]{3}")) {
      return Optional.empty();
    }
    int annee = Integer.parseInt(naissance.substring(0, 4));
    int mois = Integer.parseInt(naissance.substring(5, 7));
    int jour = Integer.parseInt(naissance.substring(8, 10));
    // FranceConnect gives AAAA-01-01 when only the year is known (« date présumée »).
    boolean presumee = mois == 1 && jour == 1;
    boolean moisConnu = mois != 0 && !presumee;
    boolean jourConnu = jour != 0 && moisConnu;
    try {
      LocalDate date = LocalDate.of(annee, moisConnu ? mois : 1, jourConnu ? jour : 1);
      return Optional.of(new IdentitePivot(normaliser(nom), liste(prenoms), sexe, date, moisConnu, jourConnu, lieu));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The birth dates to look among: the day, or its month or year when presumed. */
  LocalDate du() {
    return jourConnu ? dateNaissance : moisConnu ? dateNaissance.withDayOfMonth(1) : dateNaissance.withDayOfYear(1);
  }

  LocalDate au() {
    return jourConnu ? dateNaissance
        : moisConnu ? dateNaissance.withDayOfMonth(dateNaissance.lengthOfMonth())
        : dateNaissance.withDayOfYear(dateNaissance.lengthOfYear());
  }

  /** Whether this identity is that of the account's owner. */
  boolean correspond(Assure assure) {
    LocalDate naissance = assure.dateNaissance();
    return !naissance.isBefore(du())
        && !naissance.isAfter(au())
        && nomNaissance.equals(normaliser(assure.nomNaissance()))
        && prenoms.equals(liste(assure.prenoms()))
        && sexe == sexeDuNir(assure.nir().valeur())
        && lieuNaissance.equalsIgnoreCase(assure.lieuNaissance());
  }

  /** First character of the NIR: 1, 3, 7 a man; 2, 4, 8 a woman. */
  static Sexe sexeDuNir(String nir) {
    return switch (nir.charAt(0)) {
      case '2', '4', '8' -> Sexe.FEMME;
      default -> Sexe.HOMME;
    };
  }

  /** Capitals without accents, hyphens and apostrophes as spaces, single spaces. */
  static String normaliser(String texte) {
    String sansAccents = Normalizer.normalize(texte == null ? "" : texte, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return sansAccents.toUpperCase(Locale.ROOT).replaceAll("[-'’‐‑]", " ").replaceAll("\\s+", " ").strip();
  }

  /** The given names, each normalized, in alphabetical order (their order does not matter). */
  static List<String> liste(String prenoms) {
    String normalises = normaliser(prenoms);
    return normalises.isEmpty() ? List.of() : Arrays.stream(normalises.split(" ")).sorted().toList();
  }

  private static String texte(Object valeur) {
    return valeur == null ? "" : valeur.toString().strip();
  }
}
