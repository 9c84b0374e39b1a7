package fr.cpam.demarches.engine.interne;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Copies the dossier reference onto each user task as a task variable, so that Tasklist's
 * "Dossier" column shows it to everyone who may see the task. Agents read their tasks, not the
 * whole process instance (which holds the citizen's other data): without the copy, the column
 * the filters ask for stays empty for them.
 */
@Component
class ReferenceDesTachesPlugin extends AbstractProcessEnginePlugin {

  static final String REFERENCE = "reference";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activite) {
        if (activite.getActivityBehavior() instanceof UserTaskActivityBehavior tache) {
          tache.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, ReferenceDesTachesPlugin::copier);
        }
      }
    });
  }

  static void copier(DelegateTask tache) {
    Object reference = tache.getExecution() == null ? null : tache.getExecution().getVariable(REFERENCE);
    if (reference != null) {
      tache.setVariableLocal(REFERENCE, reference);
    }
  }
}
