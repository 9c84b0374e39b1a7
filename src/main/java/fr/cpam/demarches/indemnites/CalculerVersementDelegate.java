package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.commun.VariablesProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_CalculerVersement: the payments of the period, each with its idempotency key. */
@BeanDeProcessus
class CalculerVersementDelegate implements JavaDelegate {

  private final IndemnisationService service;

  CalculerVersementDelegate(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(IndemnitesJournalieresProcess.VAR_REFERENCE);
    IndemnisationService.Versements resultat =
        service.calculerVersements(
            reference,
            new IndemnisationService.Periode(
                java.time.LocalDate.parse((String) execution.getVariable(IndemnitesJournalieresProcess.VAR_FIN_PERIODE)),
                Boolean.TRUE.equals(execution.getVariable(IndemnitesJournalieresProcess.VAR_PLUS_DE_SIX_MOIS)),
                (Integer) execution.getVariable(IndemnitesJournalieresProcess.VAR_DUREE_ARRET)));
    VariablesProcessus.poser(execution, IndemnitesJournalieresProcess.VAR_MONTANT_A_VERSER, resultat.aVerser());
    VariablesProcessus.poser(execution, IndemnitesJournalieresProcess.VAR_INDEMNISATION_TERMINEE, resultat.termine());
  }
}
