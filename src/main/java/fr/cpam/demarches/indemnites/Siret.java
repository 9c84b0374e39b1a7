package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.DemandeInvalideException;

/** A SIRET: 14 digits whose Luhn checksum is right (La Poste's establishments excepted). */
final class Siret {

  private static final String SIREN_LA_POSTE = "356000000";

  private Siret() {}

  static String verifier(String champ, String saisie) {
    String siret = saisie == null ? "" : saisie.replaceAll("\\s", "");
    if (!siret.matches("\\d{14}")) {
      throw new DemandeInvalideException(champ, "Le SIRET de l'employeur comporte 14 chiffres.");
    }
    boolean valide =
        siret.startsWith(SIREN_LA_POSTE) ? siret.chars().map(c -> c - '0').sum() % 5 == 0 : luhn(siret);
    if (!valide) {
      throw new DemandeInvalideException(champ, "Ce SIRET n'est pas valide (clé de contrôle) : vérifiez-le.");
    }
    return siret;
  }

  private static boolean luhn(String chiffres) {
    int somme = 0;
    for (int i = 0; i < chiffres.length(); i++) {
      int c = chiffres.charAt(chiffres.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        c *= 2;
        if (c > 9) {
          c -= 9;
        }
      }
      somme += c;
    }
    return somme % 10 == 0;
  }
}
