package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import fr.cpam.demarches.engine.UtilisateurMoteur;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * "Enregistrer la déclaration", in the transaction of the start: the declaration (Tasklist's
 * start form, our API, or the engine's REST API) is recorded by
 * {@link AccidentsTiersService#enregistrer} (checked on the server, the dossier opened with a
 * reference of our own as business key, whatever key the start asked for, the victim told). A
 * refusal of the service becomes the form's refusal ({@link FormulaireInvalideException#appeler},
 * decision 0083) and rolls the start back: nothing is recorded, Tasklist shows the French message,
 * the engine's REST API answers 400. Every other variable of the start is then removed: the
 * dossier is in our tables, the forms read it from there, and nothing a start carried decides.
 */
@BeanDeProcessus
class EnregistrerDeclarationDelegate implements JavaDelegate {

  /** The variables the start keeps: the dossier's reference and its initiator, set by the server. */
  static final java.util.Set<String> GARDEES = java.util.Set.of(REFERENCE, INITIATOR);

  private final AccidentsTiersService service;

  EnregistrerDeclarationDelegate(AccidentsTiersService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FileValue piece = execution.getVariableTyped(PIECE_PV) instanceof FileValue f ? f : null;
    SaisieDeclaration saisie = SaisieDeclaration.depuisVariables(execution.getVariables(), piece);
    // The starter is the initiator (the engine sets it from the login, see AutorisationDemandeurPlugin).
    String connecte = UtilisateurMoteur.de(execution.getProcessEngineServices()).orElse(null);
    var enregistree = FormulaireInvalideException.appeler(() -> service.enregistrer(execution.getVariable(INITIATOR), connecte, saisie));
    execution.setProcessBusinessKey(enregistree.reference());
    execution.setVariable(REFERENCE, enregistree.reference());
    // Only what the server sets stays: a start through the engine's REST API may carry any
    // variable (a decision, an amount), none of which the process may trust.
    execution.getVariableNames().stream().filter(nom -> !GARDEES.contains(nom)).toList().forEach(execution::removeVariable);
    execution.setVariable(NOM_BENEFICIAIRE, enregistree.nomBeneficiaire());
  }
}
