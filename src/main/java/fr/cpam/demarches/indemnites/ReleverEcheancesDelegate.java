package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.BeanDeProcessus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;

/** Task_ReleverEcheances: the day of the run, how many payments are due, and their lots (transient). */
@BeanDeProcessus
class ReleverEcheancesDelegate implements JavaDelegate {

  private final TourneePaiements tournee;
  private final Clock horloge;

  ReleverEcheancesDelegate(TourneePaiements tournee, Clock horloge) {
    this.tournee = tournee;
    this.horloge = horloge;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate jour = LocalDate.now(horloge);
    List<String> lots = tournee.lots(jour);
    int nombre = lots.stream().mapToInt(lot -> lot.split(",").length).sum();
    execution.setVariable(TourneePaiementsProcess.JOUR, jour.toString());
    execution.setVariable(TourneePaiementsProcess.NOMBRE, nombre);
    execution.setVariable(TourneePaiementsProcess.LOTS, Variables.objectValue(lots, true).create());
  }
}
