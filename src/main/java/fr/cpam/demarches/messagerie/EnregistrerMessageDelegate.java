package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.commun.DonneesDuServeur;
import fr.cpam.demarches.commun.VariablesProcessus;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import fr.cpam.demarches.messagerie.interne.Conversation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * "Enregistrer le message". A message sent through our API is already recorded (with its
 * attachments) when the process starts: our API hands its reference to this delegate
 * ({@link DonneesDuServeur}), never as a variable. A message written in the Tasklist start form
 * is checked and recorded here, synchronously, so that a refusal reaches the citizen's screen.
 * Either way the conversation's reference becomes the business key, and the variables hold what
 * the routing table and the forms read.
 */
@BeanDeProcessus
class EnregistrerMessageDelegate implements JavaDelegate {

  private final TraitementMessageService traitement;

  EnregistrerMessageDelegate(TraitementMessageService traitement) {
    this.traitement = traitement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation =
        DonneesDuServeur.lire(REFERENCE)
            .map(reference -> traitement.trouver(reference.toString()))
            .orElseGet(() -> FormulaireInvalideException.appeler(() -> traitement.enregistrerDepuisTasklist(
                (String) execution.getVariable(INITIATOR),
                (String) execution.getVariable(MOTIF),
                (String) execution.getVariable(TYPE),
                (String) execution.getVariable(OBJET),
                (String) execution.getVariable(TEXTE))));
    execution.setProcessBusinessKey(conversation.getReference());
    execution.setVariable(REFERENCE, conversation.getReference());
    VariablesProcessus.poser(execution, MOTIF, conversation.getMotif().name());
    VariablesProcessus.poser(execution, TYPE, conversation.getType().code());
    VariablesProcessus.poser(execution, OBJET, conversation.getObjet());
    execution.setVariable(MOTIF_LIBELLE, conversation.getMotif().libelle());
    execution.setVariable(TYPE_LIBELLE, conversation.getType().libelle());
    // The text is in the conversation; the variables keep only what the forms show.
    execution.removeVariable(TEXTE);
  }
}
