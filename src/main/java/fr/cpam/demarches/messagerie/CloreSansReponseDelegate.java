package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.REFERENCE;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** "Clore sans réponse de l'assuré": 30 days without the complement asked for. */
@BeanDeProcessus
class CloreSansReponseDelegate implements JavaDelegate {

  private final TraitementMessageService traitement;

  CloreSansReponseDelegate(TraitementMessageService traitement) {
    this.traitement = traitement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    traitement.cloreSansReponse((String) execution.getVariable(REFERENCE));
  }
}
