package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.engine.FormulaireInvalideException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks an agent's decision ("Examiner la déclaration", "Vérifier l'identité"): accept or
 * refuse, and a refusal carries a reason the citizen will read.
 */
@Component("decisionAgentListener")
class DecisionAgentListener implements TaskListener {

  static final int MOTIF_MIN = 10;
  static final int MOTIF_MAX = 500;

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(Variables.DECISION);
    if (!Variables.DECISION_ACCEPTER.equals(decision) && !Variables.DECISION_REFUSER.equals(decision)) {
      throw new FormulaireInvalideException(Variables.DECISION, "Choisissez d'accepter ou de refuser la demande.");
    }
    if (Variables.DECISION_ACCEPTER.equals(decision)) {
      task.getExecution().removeVariable(Variables.MOTIF_REFUS);
      return;
    }
    Object motif = task.getVariable(Variables.MOTIF_REFUS);
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
    task.getExecution().setVariable(Variables.MOTIF_REFUS, texte);
  }
}
