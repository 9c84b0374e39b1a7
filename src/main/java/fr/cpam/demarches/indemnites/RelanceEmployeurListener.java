package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Task_RelancerEmployeur. Created: the answers of an earlier follow-up are cleared. Completed
 * (an execution listener at the end of the task, so that a refusal reaches Tasklist as the
 * French message and not as a wrapped system error): wait again, or close the dossier.
 */
@BeanDeProcessus
class RelanceEmployeurListener implements TaskListener, ExecutionListener {

  static final List<String> REPONSES = List.of(IndemnitesJournalieresProcess.SUITE_RELANCE, "commentaireRelance");

  @Override
  public void notify(DelegateTask task) {
    REPONSES.forEach(task.getExecution()::removeVariable);
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String suite =
        Formulaires.choix(execution, IndemnitesJournalieresProcess.SUITE_RELANCE, Set.of("attendre", "classer"),
            "Choisissez la suite de la relance : attendre l'attestation ou classer le dossier.");
    Formulaires.texteObligatoire(execution, "commentaireRelance", "Résumez l'échange avec l'employeur.");
    execution.setVariable(IndemnitesJournalieresProcess.POURSUIVRE_ATTENTE, "attendre".equals(suite));
  }
}
