package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.engine.FormulaireInvalideException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Relancer la fabrique de cartes": the agent says whether the order must be sent again. */
@Component("relanceFabriqueListener")
class RelanceFabriqueListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(ProductionCarteVitaleProcess.VAR_NOUVELLE_COMMANDE) instanceof Boolean)) {
      throw new FormulaireInvalideException(
          ProductionCarteVitaleProcess.VAR_NOUVELLE_COMMANDE,
          "Indiquez si la commande doit être renvoyée à la fabrique (oui) ou si la fabrique a confirmé qu'elle est en cours (non).");
    }
  }
}
