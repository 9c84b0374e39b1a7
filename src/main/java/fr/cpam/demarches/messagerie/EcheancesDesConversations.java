package fr.cpam.demarches.messagerie;

import java.time.Duration;
import java.util.List;

/**
 * The response due dates of some dossiers' conversations, pushed back: what a training server's
 * room clock asks for the sessions it keeps at their day while another one moves
 * (docs/decisions/0097-l-horloge-de-la-salle-par-les-api.md). The process's own dates (its timer,
 * its tasks' due dates) are the engine's, pushed through the engine's API.
 */
public interface EcheancesDesConversations {

  /**
   * The due date of each conversation of these dossiers (by reference; a few hundred at most, one
   * SQL {@code in} list) is pushed back by {@code delta}; one without a due date stays without.
   * In the caller's transaction.
   */
  void repousser(List<String> references, Duration delta);
}
