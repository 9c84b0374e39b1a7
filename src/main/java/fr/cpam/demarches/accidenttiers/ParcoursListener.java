package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Around "Déterminer le parcours du recours": before, the table's inputs from the dossier as it
 * is now (transient: the decision's history keeps them); after, the path and the payer the
 * table chose recorded in the dossier. Without the third party nor a complaint, the question
 * the victim is asked is written here.
 */
@BeanDeProcessus("parcoursListener")
class ParcoursListener implements ExecutionListener {

  static final String QUESTION_SANS_TIERS =
      "Votre CPAM ne peut se retourner contre le responsable de l'accident que si elle sait qui il est, ou si une plainte"
          + " a été déposée. Indiquez qui est responsable (son nom, l'immatriculation de son véhicule, le propriétaire de"
          + " l'animal…) ou la référence de votre plainte si vous en avez déposé une.";

  private final DossiersAccidentTiers dossiers;

  ParcoursListener(DossiersAccidentTiers dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String reference = (String) execution.getVariable(REFERENCE);
    if (EVENTNAME_START.equals(execution.getEventName())) {
      dossiers.entreesParcours(reference)
          .forEach((nom, valeur) -> execution.setVariable(nom, Variables.untypedValue(valeur, true)));
      return;
    }
    Parcours parcours = Parcours.valueOf((String) execution.getVariable(PARCOURS));
    dossiers.orienter(reference, parcours, Payeur.depuis((String) execution.getVariable(PAYEUR)).orElse(null));
    if (parcours == Parcours.A_COMPLETER) {
      execution.setVariable(QUESTION_VICTIME, QUESTION_SANS_TIERS);
    }
  }
}
