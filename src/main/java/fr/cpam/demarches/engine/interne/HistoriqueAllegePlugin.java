package fr.cpam.demarches.engine.interne;

import java.util.ArrayList;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * History level {@code full}, less two kinds of rows nobody reads: the {@code ACT_HI_DETAIL} row
 * written for every variable written, and the {@code ACT_HI_ACTINST} row of every exclusive
 * gateway passed.
 *
 * <p>Details: at {@code full}, each variable a command sets costs three rows: the variable
 * ({@code ACT_RU_VARIABLE}), its history ({@code ACT_HI_VARINST}, last value) and a detail
 * ({@code ACT_HI_DETAIL}, every value it took, with its date). A carte Vitale declaration sets 22
 * variables and wrote 29 details: about one statement in six of the request. Nobody reads
 * them here: the community Cockpit does not show them, our code never queries them; the record
 * of a dossier and its history are in our JPA tables, who did what is in the user operation log
 * (kept), and the final value of each variable stays in {@code ACT_HI_VARINST}. What is lost: the
 * earlier values of a variable written several times (REST {@code /history/detail}).
 *
 * <p>Exclusive gateways: the token passes one in no time and it holds no data; the branch it
 * chose is the next activity's row, which is kept (as are event-based and parallel gateways, where
 * a token may wait). A payment cycle of the indemnités journalières passes ten of them. What is
 * lost: a row per gateway in {@code /history/activity-instance} and in process-mining exports of
 * {@code ACT_HI_ACTINST}. The trade-offs:
 * docs/decisions/0009-historique-full-suppression-a-la-fin.md and
 * docs/decisions/0022-historique-sans-details-ni-passerelles-exclusives.md.
 *
 * <p>The level itself stays {@code full} (the database records it: changing it would refuse to
 * start on existing databases); only the default database handler is replaced by one that skips
 * these rows. Other handlers added by plugins (metrics, test coverage) still receive every event.
 */
@Component
class HistoriqueAllegePlugin extends AbstractProcessEnginePlugin {

  private final Correctifs correctifs;

  HistoriqueAllegePlugin(Correctifs correctifs) {
    this.correctifs = correctifs;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!correctifs.actif(Correctifs.Correctif.HISTORIQUE_ALLEGE)) {
      return;
    }
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.getCustomHistoryEventHandlers().add(0, new Allege());
  }

  /** The engine's database handler, without the variable details and the exclusive gateways. */
  static final class Allege extends DbHistoryEventHandler {
    @Override
    public void handleEvent(HistoryEvent evenement) {
      // Start and end of a gateway are both skipped, so its row is never read back either.
      if (evenement instanceof HistoricActivityInstanceEventEntity activite
          && ActivityTypes.GATEWAY_EXCLUSIVE.equals(activite.getActivityType())) {
        return;
      }
      super.handleEvent(evenement);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity evenement) {
      return false;
    }
  }
}
