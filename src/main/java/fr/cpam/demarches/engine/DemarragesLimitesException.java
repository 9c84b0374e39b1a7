package fr.cpam.demarches.engine;

/**
 * A citizen has started as many dossiers of one procedure today as a day allows
 * ({@code cpam.saisies.demarrages-par-jour}): nothing is started, the API answers 429.
 */
public class DemarragesLimitesException extends FormulaireInvalideException {

  public DemarragesLimitesException(String message) {
    super(message);
  }
}
