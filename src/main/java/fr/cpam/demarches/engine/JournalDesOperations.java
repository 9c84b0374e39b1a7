package fr.cpam.demarches.engine;

import java.util.List;

/**
 * The engine's user operation log ({@code ACT_HI_OP_LOG}) beyond its public API. A bean: inject it.
 * The engine keeps the log of deleted history (an audit trail), and its API that deletes an entry
 * ({@code HistoryService.deleteUserOperationLogEntry}) logs that deletion in a new entry: no public
 * API forgets a dossier's entries without leaving one (docs/decisions/0098).
 */
public interface JournalDesOperations {

  /**
   * Deletes the log entries of these root process instances, whose history is already deleted
   * (a training session's dossiers, docs/decisions/0098): one statement per 500 instances.
   */
  void oublierLesDossiers(List<String> instancesRacines);
}
