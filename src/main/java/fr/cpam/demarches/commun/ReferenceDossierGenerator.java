package fr.cpam.demarches.commun;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives each dossier its reference, the business key of its process instance: a prefix per
 * procedure, the year, and a random part that no one can guess from another reference, for
 * example {@code IJ-2026-K7M2Q-X9P4T}.
 *
 * <p>The random part is 8 characters of an alphabet a person reads out on the phone without
 * doubt (digits 2–9 and capitals, without I, L, O, U: 30 signs), then one check character (Luhn
 * mod 30) that catches any single wrong character and any swap of two neighbours (but 2 and Z). 30⁸ (6.6 × 10¹¹)
 * references per prefix and year: two dossiers share one with a probability of about one in
 * 10⁶ among a million dossiers of a year: each reference given is kept (table
 * {@code reference_dossier}, in the transaction that creates the dossier) and one already given
 * is drawn again. Drawn by a {@link SecureRandom} on every node; the table's key arbitrates
 * between nodes (docs/decisions/0045). One statement per dossier, as the sequence it replaces.
 */
@Component
public class ReferenceDossierGenerator {

  /** The 30 signs of the random part: no 0/O, 1/I/L, U/V confusion. */
  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

  static final int LONGUEUR_ALEATOIRE = 8;

  private final SecureRandom hasard = new SecureRandom();
  private final JdbcTemplate jdbc;
  private final Clock horloge;

  ReferenceDossierGenerator(JdbcTemplate jdbc, Clock horloge) {
    this.jdbc = jdbc;
    this.horloge = horloge;
  }

  /** A new reference such as {@code CV-2026-K7M2Q-X9P4T} for the prefix {@code CV}, never given before. */
  public String nouvelle(String prefixe) {
    while (true) {
      String reference = tirer(prefixe);
      int gardee =
          jdbc.update(
              "insert into reference_dossier (reference) select cast(? as varchar(30)) where not exists"
                  + " (select 1 from reference_dossier where reference = ?)",
              reference, reference);
      if (gardee == 1) {
        return reference;
      }
    }
  }

  String tirer(String prefixe) {
    StringBuilder signes = new StringBuilder(LONGUEUR_ALEATOIRE + 1);
    for (int i = 0; i < LONGUEUR_ALEATOIRE; i++) {
      signes.append(ALPHABET.charAt(hasard.nextInt(ALPHABET.length())));
    }
    signes.append(controle(signes));
    return prefixe + "-" + LocalDate.now(horloge).getYear() + "-" + signes.substring(0, 5) + "-" + signes.substring(5);
  }

  /** Whether a reference has this shape and its check character is right (a mistyped one is not). */
  public static boolean valide(String reference) {
    if (reference == null || !reference.matches("[A-Z]{2,4}-\\d{4}-[" + ALPHABET + "]{5}-[" + ALPHABET + "]{4}")) {
      return false;
    }
    String signes = reference.substring(reference.length() - 10).replace("-", "");
    return controle(signes.substring(0, LONGUEUR_ALEATOIRE)) == signes.charAt(LONGUEUR_ALEATOIRE);
  }

  /**
   * The random part as a number (unique per reference of one prefix and year), for the numbers
   * derived from a reference, such as a carte Vitale's serial number.
   */
  public static long numero(String reference) {
    String signes = reference.substring(reference.length() - 10).replace("-", "").substring(0, LONGUEUR_ALEATOIRE);
    long valeur = 0;
    for (char c : signes.toCharArray()) {
      valeur = valeur * ALPHABET.length() + ALPHABET.indexOf(c);
    }
    return valeur;
  }

  /** Luhn mod N check character over the signs (N = 30). */
  static char controle(CharSequence signes) {
    int n = ALPHABET.length();
    int somme = 0;
    boolean doubler = true;
    for (int i = signes.length() - 1; i >= 0; i--) {
      int valeur = ALPHABET.indexOf(signes.charAt(i)) * (doubler ? 2 : 1);
      somme += valeur / n + valeur % n;
      doubler = !doubler;
    }
    return ALPHABET.charAt((n - somme % n) % n);
  }
}
