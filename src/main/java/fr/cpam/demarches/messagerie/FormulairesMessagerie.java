package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import fr.cpam.demarches.engine.CommandeMoteur;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The listeners of the Tasklist forms of {@code MessageAssure}: on creation, put in the
 * variables what the form shows (the conversation, the due date) and clear the previous
 * answers; on completion, check the answers again on the server (the form only checks in the
 * browser) and note who answered. A refusal keeps the task open with a French message.
 *
 * <p>One bean for the three forms, which dispatches on the task: a task listener on creation,
 * and an execution listener on the end of the user task for the checks. The checks are not a
 * task "complete" listener because the engine wraps what those throw (ENGINE-03051) and the
 * French message would reach Tasklist and the REST API as a system error; an execution
 * listener's exception comes out as it is (400 on {@code /engine-rest}). A task cancelled by a
 * boundary event or an escalation is not checked.
 */
@Component("formulairesMessagerie")
class FormulairesMessagerie implements TaskListener, ExecutionListener {

  private static final Set<String> DECISIONS = Set.of(REPONDRE, DEMANDER_COMPLEMENT, TRANSMETTRE, RENDRE);
  private static final List<String> REPONSES_AGENT =
      List.of(DECISION, REPONSE, CONTESTATION_DECISION, QUESTION, SERVICE_CIBLE, MOTIF_TRANSFERT);
  private static final List<String> REPONSES_SUPERVISEUR =
      List.of(ACTION_SUPERVISEUR, SERVICE_REAFFECTATION, AGENT_REAFFECTATION, REPONSE_SUPERVISEUR, CONTESTATION_SUPERVISEUR);

  private final TraitementMessageService traitement;
  private final RegleMessage regles;
  private final IdentityService identityService;
  private final CommandeMoteur commande;

  FormulairesMessagerie(
      TraitementMessageService traitement, RegleMessage regles, IdentityService identityService, CommandeMoteur commande) {
    this.traitement = traitement;
    this.regles = regles;
    this.identityService = identityService;
    this.commande = commande;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case TASK_TRAITER -> preparerTraitement(task);
      case TASK_EN_RETARD -> preparerRetard(task);
      default -> throw new IllegalStateException("Tâche inattendue : " + task.getTaskDefinitionKey());
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    switch (execution.getCurrentActivityId()) {
      case TASK_TRAITER -> verifierTraitement(execution);
      case TASK_EN_RETARD -> verifierRetard(execution);
      case TASK_COMPLETER_DEMANDE -> verifierComplement(execution);
      default -> throw new IllegalStateException("Tâche inattendue : " + execution.getCurrentActivityId());
    }
  }

  /** "Traiter le message" is created: the conversation in JPA follows the task's service and due date. */
  void preparerTraitement(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    String reference = (String) execution.getVariable(REFERENCE);
    String groupe = (String) execution.getVariable(GROUPE_TRAITANT);
    traitement.confier(reference, groupe, task.getDueDate());
    REPONSES_AGENT.forEach(execution::removeVariable);
    execution.setVariable(PEUT_RENDRE, !Objects.equals(groupe, execution.getVariable(GROUPE_PREMIER_NIVEAU)));
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
    Conversation conversation = traitement.trouver(reference);
    task.setVariableLocal(CONVERSATION, traitement.markdown(reference));
    task.setVariableLocal(
        ENTETE,
        "**Dossier " + reference + "** — " + conversation.getMotif().libelle() + " — "
            + conversation.getType().libelle() + "  \nObjet : " + ConversationMarkdown.echapper(conversation.getObjet())
            + "  \nService : " + Services.libelle(conversation.getServiceActuel())
            + "  \nRéponse attendue au plus tard le "
            + TraitementMessageService.enClair(echeance == null ? null : echeance.toInstant()));
  }

  /** The agent's decision on "Traiter le message". */
  void verifierTraitement(DelegateExecution execution) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    String decision = texte(execution, DECISION);
    String groupe = (String) execution.getVariable(GROUPE_TRAITANT);
    if (decision == null || !DECISIONS.contains(decision)) {
      erreurs.add(new ErreurChamp(DECISION, "Choisissez la suite à donner au message."));
    } else {
      switch (decision) {
        case REPONDRE -> regles.verifierTexte(REPONSE, texte(execution, REPONSE), "Écrivez la réponse à l'assuré.").ifPresent(erreurs::add);
        case DEMANDER_COMPLEMENT ->
            regles.verifierTexte(QUESTION, texte(execution, QUESTION), "Écrivez la question à poser à l'assuré.").ifPresent(erreurs::add);
        case TRANSMETTRE -> {
          String cible = texte(execution, SERVICE_CIBLE);
          if (!Services.estService(cible)) {
            erreurs.add(new ErreurChamp(SERVICE_CIBLE, "Choisissez le service à qui transmettre le message."));
          } else if (cible.equals(groupe)) {
            erreurs.add(new ErreurChamp(SERVICE_CIBLE, "Le message est déjà dans ce service : choisissez-en un autre."));
          }
          regles.verifierTexte(MOTIF_TRANSFERT, texte(execution, MOTIF_TRANSFERT), "Indiquez pourquoi vous transmettez le message.")
              .ifPresent(erreurs::add);
        }
        default -> {
          if (Objects.equals(groupe, execution.getVariable(GROUPE_PREMIER_NIVEAU))) {
            erreurs.add(new ErreurChamp(DECISION, "Le message est déjà au service de premier niveau : il ne peut pas lui être rendu."));
          }
          regles.verifierTexte(MOTIF_TRANSFERT, texte(execution, MOTIF_TRANSFERT), "Indiquez au premier niveau les éléments de réponse ou la raison du renvoi.")
              .ifPresent(erreurs::add);
        }
      }
    }
    refuserSi(erreurs);
    execution.setVariable(AUTEUR_REPONSE, auteur());
  }

  /** The supervisor's action on "Message en retard". */
  void verifierRetard(DelegateExecution execution) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    String action = texte(execution, ACTION_SUPERVISEUR);
    if (REAFFECTER.equals(action)) {
      String service = texte(execution, SERVICE_REAFFECTATION);
      String agent = texte(execution, AGENT_REAFFECTATION);
      if (!Services.estService(service)) {
        erreurs.add(new ErreurChamp(SERVICE_REAFFECTATION, "Choisissez le service qui traitera le message."));
      } else if (agent != null && !agent.isBlank()
          && identityService.createUserQuery().userId(agent.strip()).memberOfGroup(service).count() == 0) {
        erreurs.add(new ErreurChamp(AGENT_REAFFECTATION,
            "Aucun agent « " + agent.strip() + " » dans le service " + Services.libelle(service) + "."));
      }
    } else if (REPONDRE.equals(action)) {
      regles.verifierTexte(REPONSE_SUPERVISEUR, texte(execution, REPONSE_SUPERVISEUR), "Écrivez la réponse à l'assuré.")
          .ifPresent(erreurs::add);
    } else {
      erreurs.add(new ErreurChamp(ACTION_SUPERVISEUR, "Choisissez de réaffecter le message ou d'y répondre vous-même."));
    }
    refuserSi(erreurs);
    if (REPONDRE.equals(action)) {
      // The answer leaves by the escalation: Task_EnvoyerReponse reads the same variables as for an agent.
      execution.setVariable(REPONSE, texte(execution, REPONSE_SUPERVISEUR));
      execution.setVariable(CONTESTATION_DECISION, Boolean.TRUE.equals(execution.getVariable(CONTESTATION_SUPERVISEUR)));
      execution.setVariable(AUTEUR_REPONSE, auteur());
    } else {
      execution.setVariable(AUTEUR_REAFFECTATION, auteur());
    }
  }

  /** The citizen's answer in "Compléter votre demande". */
  void verifierComplement(DelegateExecution execution) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    regles.verifierTexte(COMPLEMENT, texte(execution, COMPLEMENT), "Écrivez votre réponse à la question de votre CPAM.")
        .ifPresent(erreurs::add);
    refuserSi(erreurs);
    traitement.reprendre((String) execution.getVariable(REFERENCE));
  }

  private static void refuserSi(List<ErreurChamp> erreurs) {
    if (!erreurs.isEmpty()) {
      throw new FormulaireInvalideException(erreurs);
    }
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
