package fr.cpam.demarches.indemnites;

import static fr.cpam.demarches.indemnites.IndemnitesJournalieresProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.commun.VariablesProcessus;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Task_ObtenirChiffreManquant: the eligibility decision needs a figure the attestation lacks.
 * Created: the employer is asked for it, named (a reminder through the employers' channel), and
 * the answers of an earlier time are cleared. Completed (an execution listener at the end of the
 * task, so that a refusal reaches Tasklist as the French message): the figures the decision named
 * are required, checked like the attestation's own, recorded on it; the decision runs again.
 * No other figure ever stands in for a missing one.
 */
@BeanDeProcessus
class ChiffreManquantListener implements TaskListener, ExecutionListener {

  static final List<String> REPONSES =
      List.of(SALAIRES_SIX_MOIS, HEURES_DOUZE_MOIS_SAISIES, SALAIRES_DOUZE_MOIS, COMMENTAIRE_CHIFFRE);

  private final IndemnisationService service;

  ChiffreManquantListener(IndemnisationService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    REPONSES.forEach(task.getExecution()::removeVariable);
    service.demanderChiffreManquant((String) task.getVariable(REFERENCE), (String) task.getVariable(MOTIF_DROITS));
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    boolean plusDeSixMois = Boolean.TRUE.equals(execution.getVariable(PLUS_DE_SIX_MOIS));
    BigDecimal sixMois =
        Formulaires.nombre(execution, SALAIRES_SIX_MOIS, ArretTravailService.SALAIRE_MAX, "Le total des salaires de 6 mois");
    BigDecimal heuresDouze = Formulaires.nombre(
        execution, HEURES_DOUZE_MOIS_SAISIES, ArretTravailService.HEURES_MAX_DOUZE_MOIS, "Le nombre d'heures de 12 mois");
    BigDecimal salairesDouze =
        Formulaires.nombre(execution, SALAIRES_DOUZE_MOIS, ArretTravailService.SALAIRE_MAX, "Le total des salaires de 12 mois");
    if (!plusDeSixMois && sixMois == null) {
      throw new FormulaireInvalideException(
          SALAIRES_SIX_MOIS, "Indiquez le total des salaires bruts des 6 mois précédant l'arrêt, obtenu de l'employeur.");
    }
    if (plusDeSixMois && heuresDouze == null && execution.getVariable(HEURES_DOUZE_MOIS) == null) {
      throw new FormulaireInvalideException(
          HEURES_DOUZE_MOIS_SAISIES, "Indiquez les heures travaillées des 12 mois précédant l'arrêt, obtenues de l'employeur.");
    }
    if (plusDeSixMois && salairesDouze == null && execution.getVariable(SALAIRES_DOUZE_MOIS_SMIC) == null) {
      throw new FormulaireInvalideException(
          SALAIRES_DOUZE_MOIS, "Indiquez le total des salaires bruts des 12 mois précédant l'arrêt, obtenu de l'employeur.");
    }
    Formulaires.texteObligatoire(execution, COMMENTAIRE_CHIFFRE, "Indiquez d'où vient le chiffre (échange avec l'employeur, document).");
    String reference = (String) execution.getVariable(REFERENCE);
    var chiffres = FormulaireInvalideException.appeler(() -> service.completerAttestation(reference, sixMois, heuresDouze, salairesDouze));
    poser(chiffres, (nom, valeur) -> VariablesProcessus.poser(execution, nom, valeur));
  }

  /** The attestation's figures as the inputs of the eligibility decision. */
  static void poser(IndemnisationService.Chiffres chiffres, java.util.function.BiConsumer<String, Object> poser) {
    poser.accept(SALAIRES_SIX_MOIS_SMIC, chiffres.salairesSixMoisSmic());
    poser.accept(HEURES_DOUZE_MOIS, chiffres.heuresDouzeMois());
    poser.accept(SALAIRES_DOUZE_MOIS_SMIC, chiffres.salairesDouzeMoisSmic());
  }
}
