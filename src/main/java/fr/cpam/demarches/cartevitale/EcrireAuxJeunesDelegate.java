package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_EcrireAuxJeunes of LettresSeizeAns.bpmn: today's letters at 16. */
@BeanDeProcessus
class EcrireAuxJeunesDelegate implements JavaDelegate {

  private final LettresSeizeAns lettres;

  EcrireAuxJeunesDelegate(LettresSeizeAns lettres) {
    this.lettres = lettres;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("nombreLettres", lettres.ecrire());
  }
}
