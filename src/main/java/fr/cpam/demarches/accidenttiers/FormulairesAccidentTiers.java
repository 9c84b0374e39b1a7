package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import fr.cpam.demarches.engine.UtilisateurMoteur;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The listeners of the Tasklist forms of {@code AccidentTiers}. When a task is created: the
 * dossier moves to the status the victim reads, the previous answers are cleared, and what the
 * form shows (the declaration, the claim item by item) is written as task variables, which the
 * victim cannot read. When it ends: the answers go to {@link DecisionsAccidentTiers}, which checks
 * them again on the server (the form only checks in the browser) and records them in the dossier
 * with who gave them; its refusal becomes the form's error.
 *
 * <p>The checks are an execution listener on the end of the user task, not a task "complete"
 * listener: the engine wraps what those throw (ENGINE-03051) and the French message would reach
 * Tasklist as a system error. A task cancelled by a boundary event is not checked.
 */
@BeanDeProcessus("formulairesAccidentTiers")
class FormulairesAccidentTiers implements TaskListener, ExecutionListener {

  private static final List<String> REPONSES = reponses();

  private final DossiersAccidentTiers dossiers;
  private final CreancesAccidentTiers creances;
  private final DecisionsAccidentTiers decisions;

  /** Every answer of the forms, cleared when a task is created. */
  private static List<String> reponses() {
    List<String> noms = new ArrayList<>(List.of(DECISION_QUALIFICATION, DECISION_IDENTIFICATION, DECISION_CHIFFRAGE,
        DECISION_NOTIFICATION, DECISION_DESACCORD, MOTIF, MONTANT_TRANSIGE, REPONSE_VICTIME, TIERS_IDENTITE, ASSUREUR_NOM,
        ASSUREUR_CONTRAT, PV_REFERENCE, REFERENCE_ARRET, QUESTION_VICTIME));
    for (int ligne = 1; ligne <= LIGNES_DE_FRAIS; ligne++) {
      noms.addAll(List.of(fraisNature(ligne), fraisDate(ligne), fraisMontant(ligne)));
    }
    return List.copyOf(noms);
  }

  FormulairesAccidentTiers(DossiersAccidentTiers dossiers, CreancesAccidentTiers creances, DecisionsAccidentTiers decisions) {
    this.dossiers = dossiers;
    this.creances = creances;
    this.decisions = decisions;
  }

  // When a task is created.

  @Override
  public void notify(DelegateTask tache) {
    DelegateExecution execution = tache.getExecution();
    String reference = (String) execution.getVariable(REFERENCE);
    Object question = execution.getVariable(QUESTION_VICTIME);
    REPONSES.forEach(execution::removeVariable);
    switch (tache.getTaskDefinitionKey()) {
      case TACHE_QUALIFIER, TACHE_IDENTIFIER_ASSUREUR -> tache.setVariableLocal(RESUME, dossiers.resume(reference));
      case TACHE_COMPLETER -> {
        // The question stays for the victim's form; her previous answers are gone.
        execution.setVariable(QUESTION_VICTIME, question);
        dossiers.demanderComplement(reference, (String) question);
      }
      case TACHE_CHIFFRER -> {
        creances.releverIndemnites(reference);
        dossiers.chiffrer(reference);
        tache.setVariableLocal(RESUME, dossiers.resume(reference));
        tache.setVariableLocal(CREANCE, creances.detail(reference));
      }
      case TACHE_NOTIFIER -> {
        creances.releverIndemnites(reference);
        tache.setVariableLocal(RESUME, dossiers.resume(reference));
        tache.setVariableLocal(CREANCE, creances.detail(reference));
      }
      case TACHE_DESACCORD -> {
        dossiers.desaccord(reference, execution.getVariable(REPONSE_PAYEUR) == null);
        tache.setVariableLocal(RESUME, dossiers.resume(reference));
        tache.setVariableLocal(CREANCE, creances.detail(reference));
      }
      default -> throw new IllegalStateException("Tâche inattendue : " + tache.getTaskDefinitionKey());
    }
  }

  // When a task is completed: the answers, as given, to the service that checks and records them.

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String reference = (String) execution.getVariable(REFERENCE);
    String auteur = UtilisateurMoteur.de(execution.getProcessEngineServices()).orElse(null);
    switch (execution.getCurrentActivityId()) {
      case TACHE_QUALIFIER -> FormulaireInvalideException.verifier(() -> decisions.qualifier(reference,
          new DecisionsAccidentTiers.Qualification(texte(execution, DECISION_QUALIFICATION), texte(execution, REFERENCE_ARRET),
              texte(execution, QUESTION_VICTIME), texte(execution, MOTIF)), auteur));
      case TACHE_COMPLETER -> {
        FormulaireInvalideException.verifier(() -> decisions.completer(reference,
            new DecisionsAccidentTiers.Complement(texte(execution, REPONSE_VICTIME), texte(execution, TIERS_IDENTITE),
                texte(execution, ASSUREUR_NOM), texte(execution, ASSUREUR_CONTRAT), texte(execution, PV_REFERENCE)),
            texte(execution, INITIATOR), auteur));
        List.of(REPONSE_VICTIME, TIERS_IDENTITE, ASSUREUR_NOM, ASSUREUR_CONTRAT, PV_REFERENCE, QUESTION_VICTIME)
            .forEach(execution::removeVariable);
      }
      case TACHE_IDENTIFIER_ASSUREUR -> FormulaireInvalideException.verifier(() -> decisions.identifier(reference,
          new DecisionsAccidentTiers.Identification(texte(execution, DECISION_IDENTIFICATION), texte(execution, ASSUREUR_NOM),
              texte(execution, ASSUREUR_CONTRAT), texte(execution, MOTIF)), auteur));
      case TACHE_CHIFFRER -> FormulaireInvalideException.verifier(() -> decisions.chiffrer(reference,
          new DecisionsAccidentTiers.Chiffrage(texte(execution, DECISION_CHIFFRAGE), frais(execution), texte(execution, MOTIF)), auteur));
      case TACHE_NOTIFIER -> FormulaireInvalideException.verifier(() -> DecisionsAccidentTiers.notifier(texte(execution, DECISION_NOTIFICATION)));
      case TACHE_DESACCORD -> FormulaireInvalideException.verifier(() -> decisions.desaccord(reference,
          new DecisionsAccidentTiers.Desaccord(texte(execution, DECISION_DESACCORD), texte(execution, MONTANT_TRANSIGE),
              texte(execution, MOTIF)), auteur));
      case TIMER_COMPLEMENT -> dossiers.complementSansReponse(reference);
      default -> throw new IllegalStateException("Tâche inattendue : " + execution.getCurrentActivityId());
    }
  }

  /** The care costs of the form's lines: a line counts as soon as one of its fields is filled. */
  static List<CreancesAccidentTiers.FraisSaisi> frais(DelegateExecution execution) {
    List<CreancesAccidentTiers.FraisSaisi> frais = new ArrayList<>();
    for (int ligne = 1; ligne <= LIGNES_DE_FRAIS; ligne++) {
      String nature = rempli(execution, fraisNature(ligne));
      String date = rempli(execution, fraisDate(ligne));
      String montant = rempli(execution, fraisMontant(ligne));
      if (nature != null || date != null || montant != null) {
        frais.add(new CreancesAccidentTiers.FraisSaisi(ligne, nature, date, montant));
      }
    }
    return frais;
  }

  /** A variable as the form sent it, in words (null when absent). */
  private static String texte(DelegateExecution execution, String nom) {
    Object valeur = execution.getVariable(nom);
    return valeur == null ? null : valeur.toString();
  }

  private static String rempli(DelegateExecution execution, String nom) {
    String valeur = texte(execution, nom);
    return valeur == null || valeur.isBlank() ? null : valeur.strip();
  }
}
