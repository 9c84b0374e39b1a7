package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import fr.cpam.demarches.engine.FormulaireInvalideException;
import fr.cpam.demarches.moteur.CommandeMoteur;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Enregistrer le message". A message sent through our API is already recorded (with its
 * attachments) when the process starts: the variable {@code reference} says so. A message
 * written in the Tasklist start form is checked and recorded here, synchronously, so that a
 * refusal reaches the citizen's screen; its reference becomes the business key.
 *
 * <p>A citizen may also start the process through the engine's REST API with variables of their
 * choosing: a {@code reference} is accepted only if it is the business key, names a
 * conversation of that citizen, and no other dossier runs or ran on it.
 */
@Component
class EnregistrerMessageDelegate implements JavaDelegate {

  private final TraitementMessageService traitement;
  private final CommandeMoteur commande;

  EnregistrerMessageDelegate(TraitementMessageService traitement, CommandeMoteur commande) {
    this.traitement = traitement;
    this.commande = commande;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reference = execution.getVariable(REFERENCE);
    if (reference != null) {
      // Without the caller's authorizations: a citizen's own query would not see the other dossiers.
      boolean autreDossier =
          commande.sansAutorisation(
              () -> execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
                  .processInstanceBusinessKey(reference.toString()).count() > 0);
      if (autreDossier
          || !reference.equals(execution.getProcessBusinessKey())
          || !traitement.appartientA(reference.toString(), (String) execution.getVariable(INITIATOR))) {
        throw new FormulaireInvalideException(REFERENCE, "La référence " + reference + " ne correspond à aucun message à traiter.");
      }
    } else {
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
