package fr.cpam.demarches.indemnites;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_VerifierAttestation: on creation the dossier shows the check in progress; on completion
 * the agent's decision is recorded (attestation confirmed, or a new one asked for).
 */
@Component
class VerificationAttestationListener implements TaskListener {

  private final IndemnisationService service;

  VerificationAttestationListener(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    String reference = (String) task.getVariable(IndemnitesJournalieresProcess.VAR_REFERENCE);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      service.attestationEnVerification(reference, (String) task.getVariable(IndemnitesJournalieresProcess.VAR_MOTIF_VERIFICATION));
      return;
    }
    String decision =
        Formulaires.choix(task, IndemnitesJournalieresProcess.VAR_DECISION_ATTESTATION, Set.of("confirmer", "nouvelle-attestation"),
            "Choisissez : confirmer l'attestation ou demander une nouvelle attestation.");
    Formulaires.texteObligatoire(task, "commentaireVerification", "Indiquez ce que vous avez vérifié auprès de l'employeur.");
    boolean confirmee = "confirmer".equals(decision);
    service.deciderAttestation(reference, confirmee);
    task.getExecution().setVariable(IndemnitesJournalieresProcess.VAR_ATTESTATION_CONFIRMEE, confirmee);
  }
}
