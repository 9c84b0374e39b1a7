package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.engine.AjoutAuxProcessus;
import fr.cpam.demarches.engine.ProcessusDeploye;
import java.util.ArrayList;
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
 * Lets the modules add listeners to the processes when a model is parsed ({@link
 * AjoutAuxProcessus}), through a parse listener of the engine: no model has to name them.
 */
@Component
class AjoutsAuxProcessusPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<AjoutAuxProcessus> ajouts;

  AjoutsAuxProcessusPlugin(ObjectProvider<AjoutAuxProcessus> ajouts) {
    this.ajouts = ajouts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element element, ProcessDefinitionEntity definition) {
        ProcessusDeploye processus = new Deploye(definition);
        ajouts.orderedStream().forEach(a -> a.auDeploiement(processus));
      }
    });
  }

  private record Deploye(ProcessDefinitionEntity definition) implements ProcessusDeploye {

    @Override
    public String cle() {
      return definition.getKey();
    }

    @Override
    public void aLaFin(ExecutionListener ecouteur) {
      definition.addListener(ExecutionListener.EVENTNAME_END, ecouteur);
    }

    @Override
    public void aLaFinDe(String activite, ExecutionListener ecouteur) {
      etape(activite).addListener(ExecutionListener.EVENTNAME_END, ecouteur);
    }

    @Override
    public void auDebutDe(String activite, ExecutionListener ecouteur) {
      etape(activite).addListener(ExecutionListener.EVENTNAME_START, ecouteur);
    }

    private ActivityImpl etape(String activite) {
      ActivityImpl etape = definition.findActivity(activite);
      if (etape == null) {
        throw new IllegalStateException("L'étape " + activite + " n'existe pas dans " + cle());
      }
      return etape;
    }
  }
}
