package fr.cpam.demarches.commun;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * End listener of a business rule task evaluated at every turn of a loop: keeps each output of the
 * decision's single result as a process variable of the same name, written only when its value
 * changes ({@link VariablesProcessus#poser}). Output mappings would write every output at every
 * turn, even unchanged: two statements each
 * (docs/decisions/0023-variables-ecrites-seulement-si-elles-changent.md). The engine leaves the
 * result in the task's transient variable {@code decisionResult}; the decision's own history keeps
 * every evaluation.
 */
@BeanDeProcessus("sortiesDecision")
public class SortiesDecisionListener implements ExecutionListener {

  static final String RESULTAT = "decisionResult";

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResult resultat = (DmnDecisionResult) execution.getVariableLocal(RESULTAT);
    DmnDecisionResultEntries sorties = resultat == null ? null : resultat.getSingleResult();
    if (sorties == null) {
      throw new ProcessEngineException("La décision de « " + execution.getCurrentActivityName() + " » n'a rendu aucun résultat");
    }
    sorties.getEntryMap().forEach((nom, valeur) -> VariablesProcessus.poser(execution, nom, valeur));
  }
}
