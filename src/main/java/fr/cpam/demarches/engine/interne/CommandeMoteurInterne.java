package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.engine.CommandeMoteur;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/** {@link CommandeMoteur} read from the engine's command context of this thread. */
@Component
class CommandeMoteurInterne implements CommandeMoteur {

  @Override
  public Optional<String> utilisateur() {
    CommandContext commande = Context.getCommandContext();
    if (commande != null) {
      return Optional.ofNullable(commande.getAuthenticatedUserId());
    }
    var configuration = Context.getProcessEngineConfiguration();
    Authentication authentification =
        configuration == null ? null : configuration.getIdentityService().getCurrentAuthentication();
    return Optional.ofNullable(authentification).map(Authentication::getUserId);
  }

  @Override
  public <T> T sansAutorisation(Supplier<T> travail) {
    CommandContext commande = Context.getCommandContext();
    return commande == null ? travail.get() : commande.runWithoutAuthorization(travail::get);
  }

  @Override
  public Optional<Instant> debutDuProcessus(String processInstanceId) {
    HistoricProcessInstance historique =
        Context.getCommandContext().getHistoricProcessInstanceManager().findHistoricProcessInstance(processInstanceId);
    return Optional.ofNullable(historique).map(h -> h.getStartTime().toInstant());
  }

  @Override
  public String instanceRacine(DelegateExecution execution) {
    // ACT_RU_EXECUTION.ROOT_PROC_INST_ID_, loaded with the execution (DelegateExecution has no getter).
    String racine = execution instanceof ExecutionEntity entite ? entite.getRootProcessInstanceId() : null;
    return racine != null ? racine : execution.getProcessInstanceId();
  }
}
