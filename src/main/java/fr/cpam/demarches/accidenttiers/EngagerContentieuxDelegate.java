package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_EngagerContentieux of {@code AccidentTiers}: the dossier handed to the litigation service; the victim is told. */
@BeanDeProcessus
class EngagerContentieuxDelegate implements JavaDelegate {

  private final DossiersAccidentTiers dossiers;

  EngagerContentieuxDelegate(DossiersAccidentTiers dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(AccidentTiersProcess.REFERENCE);
    dossiers.engagerContentieux(reference, null);
  }
}
