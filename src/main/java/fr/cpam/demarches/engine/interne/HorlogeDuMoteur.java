package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.commun.Horloge;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Makes {@link Horloge} read the engine's clock ({@code ClockUtil}, which tests move to fire
 * timers), from the moment the engine is configured. The engine has no public API for its clock.
 */
@Component
public class HorlogeDuMoteur extends AbstractProcessEnginePlugin {

  public HorlogeDuMoteur() {
    brancher();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    brancher();
  }

  /** Also for tests that run the rules without Spring and move the engine's clock. */
  public static void brancher() {
    Horloge.lireSur(() -> ClockUtil.getCurrentTime().toInstant());
  }
}
