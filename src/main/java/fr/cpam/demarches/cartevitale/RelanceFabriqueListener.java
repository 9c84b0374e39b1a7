package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/** "Relancer la fabrique de cartes": the agent says whether the order must be sent again. */
@BeanDeProcessus("relanceFabriqueListener")
class RelanceFabriqueListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    if (!(execution.getVariable(ProductionCarteVitaleProcess.NOUVELLE_COMMANDE) instanceof Boolean)) {
      throw new FormulaireInvalideException(
          ProductionCarteVitaleProcess.NOUVELLE_COMMANDE,
          "Indiquez si la commande doit être renvoyée à la fabrique (oui) ou si la fabrique a confirmé qu'elle est en cours (non).");
    }
  }
}
