package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.engine.FormulaireInvalideException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Checks an agent's decision ("Examiner la déclaration", "Vérifier l'identité"): accept or
 * refuse, and a refusal carries a reason the citizen will read. An end execution listener, so
 * that the engine does not wrap the refusal (Tasklist shows it, the REST API answers 400).
 */
@Component("decisionAgentListener")
class DecisionAgentListener implements ExecutionListener {

  static final int MOTIF_MIN = 10;
  static final int MOTIF_MAX = 500;

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Object decision = execution.getVariable(Variables.DECISION);
    if (!Variables.DECISION_ACCEPTER.equals(decision) && !Variables.DECISION_REFUSER.equals(decision)) {
      throw new FormulaireInvalideException(Variables.DECISION, "Choisissez d'accepter ou de refuser la demande.");
    }
    if (Variables.DECISION_ACCEPTER.equals(decision)) {
      execution.removeVariable(Variables.MOTIF_REFUS);
      return;
    }
    Object motif = execution.getVariable(Variables.MOTIF_REFUS);
    String texte = motif == null ? "" : motif.toString().strip();
    if (texte.isEmpty()) {
      throw new FormulaireInvalideException(
          Variables.MOTIF_REFUS, "Indiquez le motif du refus : il sera envoyé à l'assuré.");
    }
    if (texte.length() < MOTIF_MIN) {
      throw new FormulaireInvalideException(
          Variables.MOTIF_REFUS, "Expliquez le refus à l'assuré en une phrase (" + MOTIF_MIN + " caractères au moins).");
    }
    if (texte.length() > MOTIF_MAX) {
      throw new FormulaireInvalideException(
          Variables.MOTIF_REFUS, "Le motif du refus dépasse " + MOTIF_MAX + " caractères : raccourcissez-le.");
    }
    execution.setVariable(Variables.MOTIF_REFUS, texte);
  }
}
