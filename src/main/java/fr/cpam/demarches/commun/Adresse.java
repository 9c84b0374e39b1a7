package fr.cpam.demarches.commun;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A French postal address as La Poste prints it (norm NF Z10-011: 38 characters a line):
 * a street line, an optional complement, a 5-digit postcode and the commune.
 */
@Embeddable
public class Adresse {

  public static final int LONGUEUR_LIGNE = 38;
  private static final Pattern CODE_POSTAL = Pattern.compile("\\d{5}");

  @Column(name = "adresse_ligne1")
  private String ligne1;

  @Column(name = "adresse_ligne2")
  private String ligne2;

  @Column(name = "code_postal")
  private String codePostal;

  @Column(name = "commune")
  private String commune;

  protected Adresse() {}

  private Adresse(String ligne1, String ligne2, String codePostal, String commune) {
    this.ligne1 = ligne1;
    this.ligne2 = ligne2;
    this.codePostal = codePostal;
    this.commune = commune;
  }

  /**
   * Checks and normalises an address typed by a person (trimmed, commune in capitals).
   *
   * @param prefixe the name of the address field in the request, for the error messages
   * @throws DemandeInvalideException naming the first field to correct
   */
  public static Adresse de(String prefixe, String ligne1, String ligne2, String codePostal, String commune) {
    List<Problemes.ErreurChamp> erreurs = verifier(prefixe, ligne1, ligne2, codePostal, commune);
    if (!erreurs.isEmpty()) {
      throw new DemandeInvalideException(erreurs.get(0).champ(), erreurs.get(0).message());
    }
    String complement = ligne2 == null || ligne2.isBlank() ? null : ligne2.strip();
    return new Adresse(ligne1.strip(), complement, codePostal.strip(), commune.strip().toUpperCase(Locale.FRENCH));
  }

  /** Every problem of the address, in the order of the fields; empty when it is complete. */
  public static List<Problemes.ErreurChamp> verifier(
      String prefixe, String ligne1, String ligne2, String codePostal, String commune) {
    List<Problemes.ErreurChamp> erreurs = new ArrayList<>();
    if (ligne1 == null || ligne1.isBlank()) {
      erreurs.add(new Problemes.ErreurChamp(prefixe + ".ligne1", "Indiquez le numéro et le nom de la voie."));
    } else if (ligne1.strip().length() > LONGUEUR_LIGNE) {
      erreurs.add(new Problemes.ErreurChamp(prefixe + ".ligne1",
          "La ligne d'adresse dépasse " + LONGUEUR_LIGNE + " caractères : utilisez le complément d'adresse."));
    }
    if (ligne2 != null && ligne2.strip().length() > LONGUEUR_LIGNE) {
      erreurs.add(new Problemes.ErreurChamp(prefixe + ".ligne2",
          "Le complément d'adresse dépasse " + LONGUEUR_LIGNE + " caractères."));
    }
    if (codePostal == null || !CODE_POSTAL.matcher(codePostal.strip()).matches()) {
      erreurs.add(new Problemes.ErreurChamp(prefixe + ".codePostal",
          "Le code postal doit comporter 5 chiffres, par exemple 75011."));
    } else if (!departementConnu(codePostal.strip())) {
      erreurs.add(new Problemes.ErreurChamp(prefixe + ".codePostal",
          "Le code postal " + codePostal.strip() + " ne correspond à aucun département français."));
    }
    if (commune == null || commune.isBlank()) {
      erreurs.add(new Problemes.ErreurChamp(prefixe + ".commune", "Indiquez la commune."));
    } else if (commune.strip().length() > LONGUEUR_LIGNE) {
      erreurs.add(new Problemes.ErreurChamp(prefixe + ".commune",
          "Le nom de la commune dépasse " + LONGUEUR_LIGNE + " caractères."));
    }
    return erreurs;
  }

  private static boolean departementConnu(String codePostal) {
    int departement = Integer.parseInt(codePostal.substring(0, 2));
    if (departement == 97) {
      // Guadeloupe 971, Martinique 972, Guyane 973, La Réunion 974, Saint-Pierre 975, Mayotte 976.
      int outreMer = Integer.parseInt(codePostal.substring(0, 3));
      return outreMer >= 971 && outreMer <= 976;
    }
    return departement >= 1 && departement <= 95;
  }

  public String getLigne1() {
    return ligne1;
  }

  public String getLigne2() {
    return ligne2;
  }

  public String getCodePostal() {
    return codePostal;
  }

  public String getCommune() {
    return commune;
  }

  /** The address on one line, as shown to a person. */
  public String enUneLigne() {
    return ligne1 + (ligne2 == null ? "" : ", " + ligne2) + ", " + codePostal + " " + commune;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Adresse a
        && Objects.equals(ligne1, a.ligne1)
        && Objects.equals(ligne2, a.ligne2)
        && Objects.equals(codePostal, a.codePostal)
        && Objects.equals(commune, a.commune);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ligne1, ligne2, codePostal, commune);
  }

  @Override
  public String toString() {
    return enUneLigne();
  }
}
