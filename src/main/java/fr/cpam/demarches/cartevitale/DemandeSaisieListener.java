package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.commun.DonneesDuServeur;
import fr.cpam.demarches.engine.CommandeMoteur;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Checks on the server, when the citizen completes "Déclarer la perte ou le vol" or "Commander
 * une carte Vitale", what the Tasklist form only checked in the browser. A refusal rolls the
 * completion back: nothing is recorded, Tasklist shows the French message, the engine REST API
 * answers 400. An end execution listener, so that the engine does not wrap the refusal.
 */
@BeanDeProcessus("demandeSaisieListener")
class DemandeSaisieListener implements ExecutionListener {

  private final DossiersCarteVitale dossiers;
  private final CommandeMoteur commande;

  DemandeSaisieListener(DossiersCarteVitale dossiers, CommandeMoteur commande) {
    this.dossiers = dossiers;
    this.commande = commande;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String assure = assure(execution, commande.utilisateur().orElse(null));
    if (DonneesDuServeur.lire(DemandesCarteVitaleProcess.SAISIE_PAR_API).isPresent()) {
      // Our API (DemandesCarteVitale) filled the form with answers it checked by the same rules,
      // in this transaction, and answered its own refusals (422, 409): not checked twice.
      return;
    }
    NatureDossier nature = CarteVitaleCommandeProcess.TACHE_COMMANDER.equals(execution.getCurrentActivityId())
        ? NatureDossier.COMMANDE
        : NatureDossier.DECLARATION;
    var saisie = SaisieDemande.depuisVariables(execution.getVariables());
    FormulaireInvalideException.verifier(() -> dossiers.verifierSaisie(assure, nature, saisie));
  }

  /**
   * The citizen who started the procedure, and only them: whoever completes the form must be
   * that person ({@code complete}: the person logged in, not an agent, not another citizen), and a submitted {@code initiator} that
   * names someone else is refused.
   */
  static String assure(DelegateExecution execution, String complete) {
    Object initiateur = execution.getVariable(DemandesCarteVitaleProcess.INITIATOR);
    if (!(initiateur instanceof String assure) || assure.length() != 13 || complete != null && !complete.equals(assure)) {
      throw new FormulaireInvalideException(
          "beneficiaire", "Seul l'assuré qui a commencé la démarche peut compléter ce formulaire.");
    }
    return assure;
  }
}
