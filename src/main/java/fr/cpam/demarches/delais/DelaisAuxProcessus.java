package fr.cpam.demarches.delais;

import fr.cpam.demarches.engine.AjoutAuxProcessus;
import fr.cpam.demarches.engine.ProcessusDeploye;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds, when a model is deployed, a listener to the processes that count for a theme: at the
 * end of the process, and at the end of the step that marks a dossier as done for the citizen
 * when the theme names one (the first payment of an allowance). No model has to know about it.
 */
@Component
class DelaisAuxProcessus implements AjoutAuxProcessus {

  private final DelaisProperties proprietes;
  private final ObjectProvider<EnregistreurTraitements> enregistreur;

  DelaisAuxProcessus(DelaisProperties proprietes, ObjectProvider<EnregistreurTraitements> enregistreur) {
    this.proprietes = proprietes;
    this.enregistreur = enregistreur;
  }

  @Override
  public void auDeploiement(ProcessusDeploye deploye) {
    proprietes.processus(deploye.cle()).ifPresent(processus -> {
      String cle = deploye.cle();
      ExecutionListener termine = execution -> enregistreur.getObject().enregistrer(cle, execution);
      deploye.aLaFin(termine);
      if (processus.etape() != null) {
        try {
          deploye.aLaFinDe(processus.etape(), termine);
        } catch (IllegalStateException e) {
          throw new IllegalStateException("Délais de traitement : " + e.getMessage(), e);
        }
      }
    });
  }
}
