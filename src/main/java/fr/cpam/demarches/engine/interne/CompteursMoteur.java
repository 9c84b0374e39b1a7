package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.engine.ObservateurMoteur;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Tells the {@link ObservateurMoteur}s (the metrics of {@code exploitation}) of the jobs this node
 * executed (successes and failures) and the incidents it created, from the engine's own history
 * events: nothing is queried, and an event is told only when its transaction commits. The engine's
 * history handler keeps writing the history; this one only listens.
 */
class CompteursMoteur implements HistoryEventHandler {

  private final ObjectProvider<ObservateurMoteur> observateurs;

  CompteursMoteur(ObjectProvider<ObservateurMoteur> observateurs) {
    this.observateurs = observateurs;
  }

  @Override
  public void handleEvent(HistoryEvent evenement) {
    if (evenement instanceof HistoricJobLogEvent job && (job.isSuccessLog() || job.isFailureLog())) {
      boolean succes = job.isSuccessLog();
      apresValidation(o -> o.jobExecute(job.getProcessDefinitionKey(), job.getJobDefinitionType(), succes));
    } else if (evenement instanceof HistoricIncidentEventEntity incident
        && HistoryEventTypes.INCIDENT_CREATE.getEventName().equals(incident.getEventType())) {
      apresValidation(o -> o.incidentCree(incident.getProcessDefinitionKey(), incident.getIncidentType()));
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> evenements) {
    evenements.forEach(this::handleEvent);
  }

  private void apresValidation(Consumer<ObservateurMoteur> avis) {
    CommandContext commande = Context.getCommandContext();
    if (commande == null) {
      observateurs.forEach(avis);
    } else {
      commande.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, c -> observateurs.forEach(avis));
    }
  }
}
