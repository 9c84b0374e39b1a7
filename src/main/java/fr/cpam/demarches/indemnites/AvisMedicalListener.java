package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Task_DonnerAvisMedical completed (an execution listener at the end of the task, so that a
 * refusal reaches Tasklist as the French message): the opinion is checked (a negative one needs
 * a date from which the allowances stop, after the days already paid) and recorded.
 */
@BeanDeProcessus
class AvisMedicalListener implements ExecutionListener {

  private final IndemnisationService service;

  AvisMedicalListener(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String avis =
        Formulaires.choix(execution, IndemnitesJournalieresProcess.AVIS_MEDICAL, Set.of("favorable", "defavorable"),
            "Choisissez un avis : favorable ou défavorable.");
    Formulaires.texteObligatoire(execution, "commentaireAvis", "Indiquez le motif médical de votre avis.");
    boolean favorable = "favorable".equals(avis);
    LocalDate dateEffet = favorable ? null : Formulaires.date(execution, IndemnitesJournalieresProcess.DATE_EFFET_AVIS);
    FormulaireInvalideException.verifier(() -> service.enregistrerAvisMedical(
        (String) execution.getVariable(IndemnitesJournalieresProcess.REFERENCE), favorable, dateEffet));
    execution.setVariable(IndemnitesJournalieresProcess.AVIS_FAVORABLE, favorable);
  }
}
