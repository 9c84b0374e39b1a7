package fr.cpam.demarches.espace;

import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/**
 * Where the pages send a citizen in Tasklist: her filter "Mes tâches", one of her tasks; and how
 * many tasks wait for her (the count of that filter).
 */
@Component
class Tasklist {

  static final String ACCUEIL = "/camunda/app/tasklist/default/";
  static final String FILTRE_MES_TACHES = "Mes tâches";

  private final TaskService taskService;
  private final FilterService filterService;
  private final AtomicReference<String> filtre = new AtomicReference<>();

  Tasklist(TaskService taskService, FilterService filterService) {
    this.taskService = taskService;
    this.filterService = filterService;
  }

  /** Tasklist showing "Mes tâches" (its id read once: filters are created at start-up and kept). */
  String mesTaches() {
    String id = filtre.get();
    if (id == null) {
      id = filterService.createTaskFilterQuery().filterName(FILTRE_MES_TACHES).list().stream()
          .map(Filter::getId).findFirst().orElse("");
      filtre.set(id);
    }
    return id.isEmpty() ? ACCUEIL : ACCUEIL + "#/?filter=" + id;
  }

  /** Tasklist with one task open. */
  String tache(String idTache) {
    String liste = mesTaches();
    return liste + (liste.contains("?") ? "&" : "#/?") + "task=" + idTache;
  }

  /** The tasks assigned to this person (what "Mes tâches" lists). */
  long aFaire(String utilisateur) {
    return taskService.createTaskQuery().taskAssignee(utilisateur).active().count();
  }
}
