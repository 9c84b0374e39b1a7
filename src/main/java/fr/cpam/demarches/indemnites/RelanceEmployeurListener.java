package fr.cpam.demarches.indemnites;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RelancerEmployeur completed: wait again for the attestation, or close the dossier. */
@Component
class RelanceEmployeurListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String suite =
        Formulaires.choix(task, IndemnitesJournalieresProcess.VAR_SUITE_RELANCE, Set.of("attendre", "classer"),
            "Choisissez la suite de la relance : attendre l'attestation ou classer le dossier.");
    Formulaires.texteObligatoire(task, "commentaireRelance", "Résumez l'échange avec l'employeur.");
    task.getExecution().setVariable(IndemnitesJournalieresProcess.VAR_POURSUIVRE_ATTENTE, "attendre".equals(suite));
  }
}
