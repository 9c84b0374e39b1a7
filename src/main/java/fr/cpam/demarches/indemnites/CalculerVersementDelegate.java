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
    String reference = (String) execution.getVariable(IndemnitesJournalieresProcess.REFERENCE);
    IndemnisationService.Versements resultat =
        service.calculerVersements(
            reference,
            new IndemnisationService.Periode(
                java.time.LocalDate.parse((String) execution.getVariable(IndemnitesJournalieresProcess.FIN_PERIODE)),
                Boolean.TRUE.equals(execution.getVariable(IndemnitesJournalieresProcess.PLUS_DE_SIX_MOIS)),
                (Integer) execution.getVariable(IndemnitesJournalieresProcess.DUREE_ARRET)));
    VariablesProcessus.poser(execution, IndemnitesJournalieresProcess.MONTANT_A_VERSER, resultat.aVerser());
    VariablesProcessus.poser(execution, IndemnitesJournalieresProcess.INDEMNISATION_TERMINEE, resultat.termine());
  }
}
