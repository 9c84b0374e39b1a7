package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Called from the model ({@code ${suiviIndemnites.etape(execution, "...")}}) when a step
 * starts that the citizen waits on: "Mes paiements" shows it next to the awaited allowance.
 * The texts live in the model, next to the step they describe. Public only because the
 * expression language of the engine calls public methods of public classes.
 */
@BeanDeProcessus("suiviIndemnites")
public class SuiviIndemnites {

  private final IndemnisationService service;

  SuiviIndemnites(IndemnisationService service) {
    this.service = service;
  }

  public void etape(DelegateExecution execution, String etape) {
    service.signalerEtape((String) execution.getVariable(IndemnitesJournalieresProcess.REFERENCE), etape);
  }
}
