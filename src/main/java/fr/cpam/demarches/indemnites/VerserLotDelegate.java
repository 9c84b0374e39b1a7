package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_VerserLot (asynchronous, lots in parallel, retried): one lot of the payment run. */
@BeanDeProcessus
class VerserLotDelegate implements JavaDelegate {

  private final TourneePaiements tournee;

  VerserLotDelegate(TourneePaiements tournee) {
    this.tournee = tournee;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tournee.verserLot(
        (String) execution.getVariable(TourneePaiementsProcess.LOT),
        LocalDate.parse((String) execution.getVariable(TourneePaiementsProcess.JOUR)));
  }
}
