package fr.cpam.demarches.cartevitale;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a task waits for someone, the dossier shows it: "En cours d'examen par votre CPAM",
 * "En attente de votre photo et de votre pièce d'identité", "Pièces reçues, en cours de
 * vérification".
 */
@Component("statutDossierListener")
class StatutDossierListener implements TaskListener {

  static final Map<String, StatutDossier> STATUT_PAR_TACHE =
      Map.of(
          CarteVitalePerteVolProcess.TACHE_EXAMINER, StatutDossier.EN_EXAMEN,
          PiecesJustificatives.TACHE_PIECES, StatutDossier.PIECES_ATTENDUES,
          CarteVitaleCommandeProcess.TACHE_VERIFIER_IDENTITE, StatutDossier.IDENTITE_EN_VERIFICATION);

  private final DossiersCarteVitale dossiers;

  StatutDossierListener(DossiersCarteVitale dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateTask task) {
    String reference = (String) task.getVariable(Variables.REFERENCE);
    StatutDossier statut = STATUT_PAR_TACHE.get(task.getTaskDefinitionKey());
    String motifRevue = (String) task.getVariable(Variables.MOTIF_REVUE);
    if (statut == StatutDossier.EN_EXAMEN && motifRevue != null) {
      dossiers.noterRevue(reference, motifRevue);
      dossiers.changerStatut(reference, statut, motifRevue);
    } else {
      dossiers.changerStatut(reference, statut, null);
    }
  }
}
