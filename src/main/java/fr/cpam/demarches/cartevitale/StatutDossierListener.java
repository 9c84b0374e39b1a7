package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.commun.VariablesProcessus;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * When a task waits for someone, the dossier shows it: "En cours d'examen par votre CPAM",
 * "En attente de votre photo et de votre pièce d'identité", "Pièces reçues, en cours de
 * vérification"; and the task's form gets what it shows about the dossier (the beneficiary's
 * name, a summary), read from the dossier loaded for its status.
 */
@BeanDeProcessus("statutDossierListener")
class StatutDossierListener implements TaskListener {

  static final Map<String, StatutDossier> STATUT_PAR_TACHE =
      Map.of(
          CarteVitalePerteVolProcess.TACHE_EXAMINER, StatutDossier.EN_EXAMEN,
          DemandesCarteVitaleProcess.TACHE_PIECES, StatutDossier.PIECES_ATTENDUES,
          CarteVitaleCommandeProcess.TACHE_VERIFIER_IDENTITE, StatutDossier.IDENTITE_EN_VERIFICATION);

  private final DossiersCarteVitale dossiers;

  StatutDossierListener(DossiersCarteVitale dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateTask task) {
    StatutDossier statut = STATUT_PAR_TACHE.get(task.getTaskDefinitionKey());
    // The reason for the review goes with the examination only.
    String motifRevue = statut == StatutDossier.EN_EXAMEN ? (String) task.getVariable(DemandesCarteVitaleProcess.MOTIF_REVUE) : null;
    var affichage = dossiers.tacheEnAttente((String) task.getVariable(DemandesCarteVitaleProcess.REFERENCE), statut, motifRevue);
    VariablesProcessus.poser(task, DemandesCarteVitaleProcess.BENEFICIAIRE_NOM, affichage.beneficiaire());
    VariablesProcessus.poser(task, DemandesCarteVitaleProcess.RESUME, affichage.resume());
  }
}
