package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_NotifierDroitsNonOuverts: the dossier ends; the citizen is told the reason the decision gave. */
@BeanDeProcessus
class DroitsNonOuvertsDelegate implements JavaDelegate {

  private final IndemnisationService service;

  DroitsNonOuvertsDelegate(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(IndemnitesJournalieresProcess.REFERENCE);
    service.notifierDroitsNonOuverts(reference, (String) execution.getVariable(IndemnitesJournalieresProcess.MOTIF_DROITS));
  }
}
