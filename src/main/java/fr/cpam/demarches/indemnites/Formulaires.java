package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.engine.FormulaireInvalideException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the answers of a Tasklist form again on the server, with French messages. */
final class Formulaires {

  private Formulaires() {}

  static String choix(VariableScope scope, String champ, Set<String> valeurs, String message) {
    Object valeur = scope.getVariable(champ);
    if (!(valeur instanceof String texte) || !valeurs.contains(texte)) {
      throw new FormulaireInvalideException(champ, message);
    }
    return texte;
  }

  static String texteObligatoire(VariableScope scope, String champ, String message) {
    Object valeur = scope.getVariable(champ);
    if (!(valeur instanceof String texte) || texte.isBlank()) {
      throw new FormulaireInvalideException(champ, message);
    }
    if (texte.length() > 1000) {
      throw new FormulaireInvalideException(champ, "Le texte ne doit pas dépasser 1 000 caractères.");
    }
    return texte.strip();
  }

  /**
   * A number field (euros or hours): empty gives null; at most {@code maximum}, not negative, 2
   * decimals at most. Tasklist sends a number, the engine REST API a number or a text.
   */
  static java.math.BigDecimal nombre(VariableScope scope, String champ, java.math.BigDecimal maximum, String quoi) {
    Object valeur = scope.getVariable(champ);
    if (valeur == null || valeur instanceof String s && s.isBlank()) {
      return null;
    }
    java.math.BigDecimal nombre;
    try {
      nombre = new java.math.BigDecimal(valeur.toString().strip().replace(',', '.').replace(" ", ""));
    } catch (NumberFormatException e) {
      throw new FormulaireInvalideException(champ, quoi + " s'écrit en chiffres (par exemple 12500,50).");
    }
    if (nombre.signum() < 0) {
      throw new FormulaireInvalideException(champ, quoi + " ne peut pas être négatif.");
    }
    if (nombre.compareTo(maximum) > 0) {
      throw new FormulaireInvalideException(champ, quoi + " dépasse " + maximum.toPlainString() + " : vérifiez le nombre.");
    }
    if (nombre.stripTrailingZeros().scale() > 2) {
      throw new FormulaireInvalideException(champ, quoi + " a 2 décimales au plus.");
    }
    return nombre.stripTrailingZeros().scale() < 0 ? nombre.setScale(0) : nombre;
  }

  /** A date field: the form sends "2026-03-10"; the engine REST API may send a date. */
  static LocalDate date(VariableScope scope, String champ) {
    Object valeur = scope.getVariable(champ);
    if (valeur == null || valeur instanceof String s && s.isBlank()) {
      return null;
    }
    if (valeur instanceof LocalDate d) {
      return d;
    }
    if (valeur instanceof Date d) {
      return LocalDate.ofInstant(d.toInstant(), fr.cpam.demarches.commun.Fuseau.PARIS);
    }
    try {
      return LocalDate.parse(valeur.toString().substring(0, Math.min(10, valeur.toString().length())));
    } catch (DateTimeParseException e) {
      throw new FormulaireInvalideException(champ, "La date doit être au format JJ/MM/AAAA.");
    }
  }
}
