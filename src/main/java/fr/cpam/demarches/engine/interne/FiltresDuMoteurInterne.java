package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.engine.FiltresDuMoteur;
import java.util.Map;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.impl.util.JsonUtil;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** {@link FiltresDuMoteur} through the engine's own JSON form of a task query. */
@Component
class FiltresDuMoteurInterne implements FiltresDuMoteur {

  private static final JsonTaskQueryConverter JSON = new JsonTaskQueryConverter();

  @Override
  public boolean identiques(Filter filtre, TaskQuery requete, Map<String, Object> proprietes) {
    return filtre.getQuery() instanceof TaskQueryImpl stockee
        && requete instanceof TaskQueryImpl voulue
        && JSON.toJsonObject(stockee).equals(JSON.toJsonObject(voulue))
        && filtre.getProperties() != null
        && JsonUtil.asObject(filtre.getProperties()).equals(JsonUtil.asObject(proprietes));
  }
}
