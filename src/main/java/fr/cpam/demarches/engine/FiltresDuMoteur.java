package fr.cpam.demarches.engine;

import java.util.Map;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/** What the engine's public API does not say about a stored Tasklist filter. A bean: inject it. */
public interface FiltresDuMoteur {

  /**
   * Whether the stored {@code filtre} already holds this query and these properties, compared as
   * the engine stores them (JSON: the order of keys does not matter), so that a start-up writes
   * only the filters that changed.
   */
  boolean identiques(Filter filtre, TaskQuery requete, Map<String, Object> proprietes);
}
