package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_ClasserDossier of {@code AccidentTiers}: the dossier closed as not a third-party case, for the agent's reason; the victim is told. */
@BeanDeProcessus
class ClasserDossierDelegate implements JavaDelegate {

  private final DossiersAccidentTiers dossiers;

  ClasserDossierDelegate(DossiersAccidentTiers dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(REFERENCE);
    dossiers.classer(reference, (String) execution.getVariable(MOTIF), null);
  }
}
