package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_EnvoyerCreance of {@code AccidentTiers}: the first claim, or the amount agreed after a disagreement (kept in the dossier, never in a variable); the payer's previous answer is forgotten. */
@BeanDeProcessus
class EnvoyerCreanceDelegate implements JavaDelegate {

  private final CreancesAccidentTiers creances;

  EnvoyerCreanceDelegate(CreancesAccidentTiers creances) {
    this.creances = creances;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(REFERENCE);
    creances.envoyerSelonLeDossier(reference);
    execution.removeVariable(REPONSE_PAYEUR);
  }
}
