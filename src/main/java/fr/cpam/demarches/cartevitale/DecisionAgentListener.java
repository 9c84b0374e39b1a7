package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * An agent's decision ("Examiner la déclaration", "Vérifier l'identité") checked by
 * {@link DecisionAgent} when the form is completed; the reason of a refusal kept as the citizen
 * will read it. An end execution listener, so that the engine does not wrap the refusal (Tasklist
 * shows it, the REST API answers 400).
 */
@BeanDeProcessus("decisionAgentListener")
class DecisionAgentListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    DecisionAgent decision = FormulaireInvalideException.appeler(() -> DecisionAgent.depuis(
        execution.getVariable(DemandesCarteVitaleProcess.DECISION), execution.getVariable(DemandesCarteVitaleProcess.MOTIF_REFUS)));
    if (decision.acceptee()) {
      execution.removeVariable(DemandesCarteVitaleProcess.MOTIF_REFUS);
    } else {
      execution.setVariable(DemandesCarteVitaleProcess.MOTIF_REFUS, decision.motifRefus());
    }
  }
}
