package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks on the server, when the citizen completes "Déclarer la perte ou le vol" or "Commander
 * une carte Vitale", what the Tasklist form only checked in the browser. A refusal rolls the
 * completion back: nothing is recorded and Tasklist shows the French message.
 */
@Component("demandeSaisieListener")
class DemandeSaisieListener implements TaskListener {

  private final DossiersCarteVitale dossiers;

  DemandeSaisieListener(DossiersCarteVitale dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateTask task) {
    String assure = task.getAssignee();
    Authentication authentifie = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (assure == null || authentifie != null && !assure.equals(authentifie.getUserId())) {
      throw new FormulaireInvalideException(
          "beneficiaire", "Seul l'assuré qui a commencé la démarche peut compléter ce formulaire.");
    }
    boolean commande = CarteVitaleCommandeProcess.TACHE_COMMANDER.equals(task.getTaskDefinitionKey());
    var saisie = SaisieDemande.depuisVariables(task.getExecution().getVariables());
    var compte = dossiers.compteDe(assure);
    var resultat = commande ? ValidationDemande.commande(compte, saisie) : ValidationDemande.declaration(compte, saisie);
    if (!resultat.estValide()) {
      throw new FormulaireInvalideException(resultat.erreurs());
    }
    dossiers
        .conflit(resultat.demande(), commande ? NatureDossier.COMMANDE : NatureDossier.DECLARATION)
        .map(ErreurChamp::message)
        .ifPresent(m -> {
          throw new FormulaireInvalideException("beneficiaire", m);
        });
    // The assignee of the next citizen tasks: never what a form submitted.
    task.getExecution().setVariable(Variables.INITIATOR, assure);
  }
}
