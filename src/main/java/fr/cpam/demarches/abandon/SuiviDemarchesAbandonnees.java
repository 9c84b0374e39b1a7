package fr.cpam.demarches.abandon;

import fr.cpam.demarches.commun.SuiviDossiers;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * The démarches she gave up in "Mes démarches": nothing was recorded of them by their procedure
 * (that is what allowed it), so they are read from the engine's history, where the dossier keeps
 * its start, its end and the mark {@link AbandonDemarche#VARIABLE}. They stay there as long as the
 * engine's history keeps a finished dossier.
 */
@Component
class SuiviDemarchesAbandonnees implements SuiviDossiers {

  static final String COMMENCEE = "Démarche commencée dans vos tâches";
  static final String DETAIL = "Vous l'avez annulée avant de l'envoyer : rien n'a été transmis à votre CPAM.";

  private final HistoryService historyService;

  SuiviDemarchesAbandonnees(HistoryService historyService) {
    this.historyService = historyService;
  }

  @Override
  public List<Dossier> recents(String compte, int nombre) {
    return sesAbandons(compte).orderByProcessInstanceStartTime().desc().listPage(0, nombre).stream()
        .map(d -> vue(d, List.of()))
        .toList();
  }

  @Override
  public long nombre(String compte) {
    return sesAbandons(compte).count();
  }

  @Override
  public Optional<Dossier> dossier(String compte, String reference) {
    return sesAbandons(compte).processInstanceBusinessKey(reference).list().stream().findFirst()
        .map(d -> vue(d, List.of(
            new Etape(d.getStartTime().toInstant(), COMMENCEE, null),
            new Etape(d.getEndTime().toInstant(), AbandonDemarche.RAISON, DETAIL))));
  }

  private HistoricProcessInstanceQuery sesAbandons(String compte) {
    return historyService.createHistoricProcessInstanceQuery()
        .startedBy(compte)
        .finished()
        .variableValueEquals(AbandonDemarche.VARIABLE, true);
  }

  private static Dossier vue(HistoricProcessInstance d, List<Etape> etapes) {
    return new Dossier(d.getBusinessKey(), d.getProcessDefinitionName(), null, AbandonDemarche.RAISON, false,
        d.getStartTime().toInstant(), etapes, null, null, List.of());
  }
}
