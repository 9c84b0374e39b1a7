package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Enregistrer le message". A message sent through our API is already recorded (with its
 * attachments) when the process starts: the variable {@code reference} says so. A message
 * written in the Tasklist start form is checked and recorded here, synchronously, so that a
 * refusal reaches the citizen's screen; its reference becomes the business key.
 */
@Component
class EnregistrerMessageDelegate implements JavaDelegate {

  private final TraitementMessageService traitement;

  EnregistrerMessageDelegate(TraitementMessageService traitement) {
    this.traitement = traitement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(REFERENCE) == null) {
      Conversation conversation =
          traitement.enregistrerDepuisTasklist(
              (String) execution.getVariable(INITIATOR),
              (String) execution.getVariable(MOTIF),
              (String) execution.getVariable(TYPE),
              (String) execution.getVariable(OBJET),
              (String) execution.getVariable(TEXTE));
      execution.setProcessBusinessKey(conversation.getReference());
      execution.setVariable(REFERENCE, conversation.getReference());
      execution.setVariable(TYPE, conversation.getType().code());
      execution.setVariable(OBJET, conversation.getObjet());
      execution.setVariable(MOTIF_LIBELLE, conversation.getMotif().libelle());
      execution.setVariable(TYPE_LIBELLE, conversation.getType().libelle());
      // The text is in the conversation; the variables keep only what the forms show.
      execution.removeVariable(TEXTE);
    }
  }
}
