package fr.cpam.demarches.indemnites;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DonnerAvisMedical completed: the opinion is checked (a negative one needs a date from
 * which the allowances stop, after the days already paid) and recorded on the dossier.
 */
@Component
class AvisMedicalListener implements TaskListener {

  private final IndemnisationService service;

  AvisMedicalListener(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    String avis =
        Formulaires.choix(task, IndemnitesJournalieresProcess.VAR_AVIS_MEDICAL, Set.of("favorable", "defavorable"),
            "Choisissez un avis : favorable ou défavorable.");
    Formulaires.texteObligatoire(task, "commentaireAvis", "Indiquez le motif médical de votre avis.");
    boolean favorable = "favorable".equals(avis);
    service.enregistrerAvisMedical(
        (String) task.getVariable(IndemnitesJournalieresProcess.VAR_REFERENCE),
        favorable,
        favorable ? null : Formulaires.date(task, IndemnitesJournalieresProcess.VAR_DATE_EFFET_AVIS));
    task.getExecution().setVariable(IndemnitesJournalieresProcess.VAR_AVIS_FAVORABLE, favorable);
  }
}
