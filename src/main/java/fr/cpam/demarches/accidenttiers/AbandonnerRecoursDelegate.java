package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_AbandonnerRecours of {@code AccidentTiers}: the recovery given up, for the agent's reason; the victim is told. */
@BeanDeProcessus
class AbandonnerRecoursDelegate implements JavaDelegate {

  private final DossiersAccidentTiers dossiers;

  AbandonnerRecoursDelegate(DossiersAccidentTiers dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(REFERENCE);
    dossiers.abandonner(reference, (String) execution.getVariable(MOTIF), null);
  }
}
