package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Demander un complément à l'assuré": records the agent's question, tells the citizen, and
 * sets the date after which the dossier closes without an answer (30 days, the due date of the
 * citizen's task and the date of its timer).
 */
@Component
class DemanderComplementDelegate implements JavaDelegate {

  static final Duration DELAI_COMPLEMENT = Duration.ofDays(30);

  private final TraitementMessageService traitement;
  private final Clock horloge;

  DemanderComplementDelegate(TraitementMessageService traitement, Clock horloge) {
    this.traitement = traitement;
    this.horloge = horloge;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date limite = Date.from(ZonedDateTime.now(horloge).plus(DELAI_COMPLEMENT).toInstant());
    String question = (String) execution.getVariable(QUESTION);
    traitement.demanderComplement(
        (String) execution.getVariable(REFERENCE),
        (String) execution.getVariable(AUTEUR_REPONSE),
        (String) execution.getVariable(GROUPE_TRAITANT),
        question,
        limite);
    execution.setVariable(QUESTION_CPAM, question.strip());
    execution.setVariable(DATE_LIMITE_COMPLEMENT, limite);
    execution.removeVariable(COMPLEMENT);
  }
}
