package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.engine.CommandeMoteur;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The listeners of the Tasklist forms of {@code MessageAssure}, glue only: on creation, put in
 * the variables what the form shows (the conversation, the due date) and clear the previous
 * answers; on completion, hand the answers to {@link DecisionsTraitement}, which holds the rules
 * (its refusal keeps the task open with a French message, {@link
 * FormulaireInvalideException#appeler}), and note who answered.
 *
 * <p>One bean for the three forms, which dispatches on the task: a task listener on creation,
 * and an execution listener on the end of the user task for the checks. The checks are not a
 * task "complete" listener because the engine wraps what those throw (ENGINE-03051) and the
 * French message would reach Tasklist and the REST API as a system error; an execution
 * listener's exception comes out as it is (400 on {@code /engine-rest}). A task cancelled by a
 * boundary event or an escalation is not checked.
 */
@BeanDeProcessus("formulairesMessagerie")
class FormulairesMessagerie implements TaskListener, ExecutionListener {

  private static final List<String> REPONSES_AGENT =
      List.of(DECISION, REPONSE, CONTESTATION_DECISION, QUESTION, SERVICE_CIBLE, MOTIF_TRANSFERT);
  private static final List<String> REPONSES_SUPERVISEUR =
      List.of(ACTION_SUPERVISEUR, SERVICE_REAFFECTATION, AGENT_REAFFECTATION, REPONSE_SUPERVISEUR, CONTESTATION_SUPERVISEUR);

  private final TraitementMessageService traitement;
  private final DecisionsTraitement decisions;
  private final CommandeMoteur commande;

  FormulairesMessagerie(TraitementMessageService traitement, DecisionsTraitement decisions, CommandeMoteur commande) {
    this.traitement = traitement;
    this.decisions = decisions;
    this.commande = commande;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case TACHE_TRAITER -> preparerTraitement(task);
      case TACHE_EN_RETARD -> preparerRetard(task);
      default -> throw new IllegalStateException("Tâche inattendue : " + task.getTaskDefinitionKey());
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    switch (execution.getCurrentActivityId()) {
      case TACHE_TRAITER -> verifierTraitement(execution);
      case TACHE_EN_RETARD -> verifierRetard(execution);
      case TACHE_COMPLETER_DEMANDE -> verifierComplement(execution);
      default -> throw new IllegalStateException("Tâche inattendue : " + execution.getCurrentActivityId());
    }
  }

  /** "Traiter le message" is created: the conversation in JPA follows the task's service and due date. */
  void preparerTraitement(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    String reference = (String) execution.getVariable(REFERENCE);
    traitement.confier(reference, (String) execution.getVariable(GROUPE_TRAITANT), task.getDueDate());
    REPONSES_AGENT.forEach(execution::removeVariable);
    execution.setVariable(PEUT_RENDRE, affectation(execution).peutRendre());
    afficher(task, reference, task.getDueDate());
  }

  /** "Message en retard" is created for the supervisors. */
  void preparerRetard(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    REPONSES_SUPERVISEUR.forEach(execution::removeVariable);
    afficher(task, (String) execution.getVariable(REFERENCE), (Date) execution.getVariable(DATE_ECHEANCE));
  }

  /**
   * The conversation (internal notes and agents' names included) and its header, as variables of
   * the agent's task only: never in the dossier's variables, which reach the citizen's own tasks.
   */
  private void afficher(DelegateTask task, String reference, Date echeance) {
    String entete = decisions.entete(reference, echeance);
    task.setVariableLocal(CONVERSATION, traitement.markdown(reference));
    task.setVariableLocal(ENTETE, entete);
  }

  /** The agent's decision on "Traiter le message". */
  void verifierTraitement(DelegateExecution execution) {
    var decision = new DecisionsTraitement.DecisionAgent(texte(execution, DECISION), texte(execution, REPONSE),
        texte(execution, QUESTION), texte(execution, SERVICE_CIBLE), texte(execution, MOTIF_TRANSFERT));
    FormulaireInvalideException.appeler(() -> decisions.verifier(decision, affectation(execution)));
    execution.setVariable(AUTEUR_REPONSE, auteur());
  }

  /** The supervisor's action on "Message en retard". */
  void verifierRetard(DelegateExecution execution) {
    var action = new DecisionsTraitement.ActionSuperviseur(texte(execution, ACTION_SUPERVISEUR),
        texte(execution, SERVICE_REAFFECTATION), texte(execution, AGENT_REAFFECTATION), texte(execution, REPONSE_SUPERVISEUR));
    if (FormulaireInvalideException.appeler(() -> decisions.verifier(action))) {
      // The answer leaves by the escalation: Task_EnvoyerReponse reads the same variables as for an agent.
      execution.setVariable(REPONSE, action.reponse());
      execution.setVariable(CONTESTATION_DECISION, Boolean.TRUE.equals(execution.getVariable(CONTESTATION_SUPERVISEUR)));
      execution.setVariable(AUTEUR_REPONSE, auteur());
    } else {
      execution.setVariable(AUTEUR_REAFFECTATION, auteur());
    }
  }

  /** The citizen's answer in "Compléter votre demande". */
  void verifierComplement(DelegateExecution execution) {
    FormulaireInvalideException.verifier(
        () -> decisions.recevoirComplement((String) execution.getVariable(REFERENCE), texte(execution, COMPLEMENT)));
  }

  private static DecisionsTraitement.Affectation affectation(DelegateExecution execution) {
    return new DecisionsTraitement.Affectation(
        (String) execution.getVariable(GROUPE_TRAITANT), (String) execution.getVariable(GROUPE_PREMIER_NIVEAU));
  }

  /** Who completes the task: the logged-in person (Tasklist, REST API). */
  private String auteur() {
    return commande.utilisateur().orElse("inconnu");
  }

  private static String texte(DelegateExecution execution, String nom) {
    Object valeur = execution.getVariable(nom);
    return valeur == null ? null : valeur.toString();
  }
}
