package fr.cpam.demarches.engine.interne;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The base of our form refusals ({@code engine.FormulaireInvalideException}). The engine's REST
 * API answers 400 to a task completion or a form submission only for its own form validation
 * exception, which lives in its internal packages; any other exception is a 500 there, and
 * Tasklist shows a system error instead of the French message.
 *
 */
public abstract class RefusDeFormulaire extends FormFieldValidationException {

  protected RefusDeFormulaire(Object detail, String message) {
    super(detail, message);
  }
}
