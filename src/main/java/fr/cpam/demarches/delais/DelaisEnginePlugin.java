package fr.cpam.demarches.delais;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds, when a model is deployed, a listener to the processes that count for a theme: at the
 * end of the process, and at the end of the step that marks a dossier as done for the citizen
 * when the theme names one (the first payment of an allowance). No model has to know about it.
 */
@Component
class DelaisEnginePlugin extends AbstractProcessEnginePlugin {

  private final DelaisProperties proprietes;
  private final ObjectProvider<EnregistreurTraitements> enregistreur;

  DelaisEnginePlugin(DelaisProperties proprietes, ObjectProvider<EnregistreurTraitements> enregistreur) {
    this.proprietes = proprietes;
    this.enregistreur = enregistreur;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element element, ProcessDefinitionEntity definition) {
        proprietes.processus(definition.getKey()).ifPresent(processus -> {
          String cle = definition.getKey();
          ExecutionListener termine = execution -> enregistrer(cle, execution);
          definition.addListener(ExecutionListener.EVENTNAME_END, termine);
          if (processus.etape() != null) {
            ActivityImpl etape = definition.findActivity(processus.etape());
            if (etape == null) {
              throw new IllegalStateException("Délais de traitement : l'étape " + processus.etape() + " n'existe pas dans " + cle);
            }
            etape.addListener(ExecutionListener.EVENTNAME_END, termine);
          }
        });
      }
    });
  }

  private void enregistrer(String cle, DelegateExecution execution) {
    enregistreur.getObject().enregistrer(cle, execution);
  }
}
