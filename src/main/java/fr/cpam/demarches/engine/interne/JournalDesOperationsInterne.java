package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.commun.ParametresSql;
import fr.cpam.demarches.engine.JournalDesOperations;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces {@code HistoryService.deleteUserOperationLogEntry} for the entries of deleted dossiers:
 * that API deletes one entry per call and logs each deletion in a new entry, so a dossier's trail
 * would never go. One statement on the engine's table instead, by root process instance, 500 at a
 * time. Not a patch (the engine's behaviour is unchanged; nothing to switch off): SQL on the
 * engine's tables, kept in this door so that a fork's schema means one package to check
 * (docs/decisions/0080, 0098).
 */
@Component
class JournalDesOperationsInterne implements JournalDesOperations {

  static final int LOT = 500;

  private final JdbcTemplate jdbc;

  JournalDesOperationsInterne(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void oublierLesDossiers(List<String> instancesRacines) {
    for (int i = 0; i < instancesRacines.size(); i += LOT) {
      List<String> lot = instancesRacines.subList(i, Math.min(instancesRacines.size(), i + LOT));
      jdbc.update("delete from ACT_HI_OP_LOG where ROOT_PROC_INST_ID_" + ParametresSql.dans(lot.size()), lot.toArray());
    }
  }
}
