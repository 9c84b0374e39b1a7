package fr.cpam.demarches.cartevitale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EcrireAuxJeunes of LettresSeizeAns.bpmn: today's letters at 16. */
@Component
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
