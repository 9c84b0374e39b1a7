package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_EnregistrerRecouvrement of {@code AccidentTiers}: the payment closes the dossier, recovered in full or in part; the victim is told. */
@BeanDeProcessus
class EnregistrerRecouvrementDelegate implements JavaDelegate {

  private final DossiersAccidentTiers dossiers;
  private final CreancesAccidentTiers creances;

  EnregistrerRecouvrementDelegate(DossiersAccidentTiers dossiers, CreancesAccidentTiers creances) {
    this.dossiers = dossiers;
    this.creances = creances;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(AccidentTiersProcess.REFERENCE);
    dossiers.clorePaiement(reference, creances.creanceComplete(reference));
  }
}
