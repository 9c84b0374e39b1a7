package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.messagerie.interne.NatureEchange;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * "Transmettre à un autre service" and "Rendre au premier niveau": the next "Traiter le
 * message" goes to the new service; the due date is kept.
 */
@BeanDeProcessus
class ChangerServiceDelegate implements JavaDelegate {

  private final TraitementMessageService traitement;

  ChangerServiceDelegate(TraitementMessageService traitement) {
    this.traitement = traitement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean renvoi = RENDRE.equals(execution.getVariable(DECISION));
    var ou = new DecisionsTraitement.Affectation(
        (String) execution.getVariable(GROUPE_TRAITANT), (String) execution.getVariable(GROUPE_PREMIER_NIVEAU));
    String vers = ou.apres(renvoi ? DecisionsTraitement.Suite.RENDRE : DecisionsTraitement.Suite.TRANSMETTRE,
        (String) execution.getVariable(SERVICE_CIBLE));
    traitement.changerService(
        (String) execution.getVariable(REFERENCE),
        renvoi ? NatureEchange.RENVOI : NatureEchange.TRANSFERT,
        (String) execution.getVariable(AUTEUR_REPONSE),
        ou.groupeTraitant(),
        vers,
        (String) execution.getVariable(MOTIF_TRANSFERT));
    execution.setVariable(GROUPE_TRAITANT, vers);
  }
}
