package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * "Demander un complément à l'assuré": records the agent's question, tells the citizen, and
 * sets the date after which the dossier closes without an answer (30 days, the due date of the
 * citizen's task and the date of its timer).
 */
@BeanDeProcessus
class DemanderComplementDelegate implements JavaDelegate {

  private final TraitementMessageService traitement;

  DemanderComplementDelegate(TraitementMessageService traitement) {
    this.traitement = traitement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String question = (String) execution.getVariable(QUESTION);
    Date limite = traitement.demanderComplement(
        (String) execution.getVariable(REFERENCE),
        (String) execution.getVariable(AUTEUR_REPONSE),
        (String) execution.getVariable(GROUPE_TRAITANT),
        question);
    execution.setVariable(QUESTION_CPAM, question.strip());
    execution.setVariable(DATE_LIMITE_COMPLEMENT, limite);
    execution.removeVariable(COMPLEMENT);
  }
}
