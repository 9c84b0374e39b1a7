package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_CalculerIndemnite: carence and daily allowance; sets the inputs of the eligibility decision. */
@BeanDeProcessus
class CalculerIndemniteDelegate implements JavaDelegate {

  private final IndemnisationService service;

  CalculerIndemniteDelegate(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(IndemnitesJournalieresProcess.REFERENCE);
    IndemnisationService.Calcul calcul = service.calculer(reference);
    execution.setVariable(IndemnitesJournalieresProcess.HEURES_TROIS_MOIS, calcul.heuresTroisMois());
    ChiffreManquantListener.poser(calcul.chiffres(), execution::setVariable);
    execution.setVariable(IndemnitesJournalieresProcess.MONTANT_JOURNALIER, calcul.montantJournalier().toPlainString());
  }
}
