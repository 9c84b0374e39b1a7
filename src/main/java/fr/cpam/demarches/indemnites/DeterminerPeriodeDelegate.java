package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.commun.VariablesProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_DeterminerPeriode: the days this cycle deals with, and the inputs of the decisions that
 * depend on them, the months since the insured person's affiliation included (read at each
 * cycle: an agent may record the date after the attestation).
 */
@BeanDeProcessus
class DeterminerPeriodeDelegate implements JavaDelegate {

  private final IndemnisationService service;

  DeterminerPeriodeDelegate(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(IndemnitesJournalieresProcess.REFERENCE);
    IndemnisationService.PeriodeEtAffiliation cycle = service.determinerPeriode(reference);
    IndemnisationService.Periode periode = cycle.periode();
    VariablesProcessus.poser(execution, IndemnitesJournalieresProcess.FIN_PERIODE, periode.fin().toString());
    VariablesProcessus.poser(execution, IndemnitesJournalieresProcess.PLUS_DE_SIX_MOIS, periode.plusDeSixMois());
    VariablesProcessus.poser(execution, IndemnitesJournalieresProcess.DUREE_ARRET, periode.dureeArretJours());
    VariablesProcessus.poser(execution, IndemnitesJournalieresProcess.MOIS_IMMATRICULATION, cycle.moisAffiliation());
  }
}
