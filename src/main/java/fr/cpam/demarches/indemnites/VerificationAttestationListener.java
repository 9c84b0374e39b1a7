package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Task_VerifierAttestation. Created: the dossier shows the check in progress and the answers of
 * an earlier check are cleared. Completed (an execution listener at the end of the task, so
 * that a refusal reaches Tasklist as the French message): the agent's decision is recorded, the
 * attestation confirmed or a new one asked for.
 */
@BeanDeProcessus
class VerificationAttestationListener implements TaskListener, ExecutionListener {

  static final List<String> REPONSES = List.of(IndemnitesJournalieresProcess.DECISION_ATTESTATION, "commentaireVerification");

  private final IndemnisationService service;

  VerificationAttestationListener(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    REPONSES.forEach(task.getExecution()::removeVariable);
    service.attestationEnVerification(
        (String) task.getVariable(IndemnitesJournalieresProcess.REFERENCE),
        (String) task.getVariable(IndemnitesJournalieresProcess.MOTIF_VERIFICATION));
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String decision =
        Formulaires.choix(execution, IndemnitesJournalieresProcess.DECISION_ATTESTATION, Set.of("confirmer", "nouvelle-attestation"),
            "Choisissez : confirmer l'attestation ou demander une nouvelle attestation.");
    Formulaires.texteObligatoire(execution, "commentaireVerification", "Indiquez ce que vous avez vérifié auprès de l'employeur.");
    boolean confirmee = "confirmer".equals(decision);
    service.deciderAttestation((String) execution.getVariable(IndemnitesJournalieresProcess.REFERENCE), confirmee);
    execution.setVariable(IndemnitesJournalieresProcess.ATTESTATION_CONFIRMEE, confirmee);
  }
}
