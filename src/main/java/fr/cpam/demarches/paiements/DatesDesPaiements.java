package fr.cpam.demarches.paiements;

import java.util.List;

/**
 * The dates of some dossiers' payments moved by calendar days: what a training server's room
 * clock asks for the sessions it keeps at their day while another one moves
 * (docs/decisions/0097-l-horloge-de-la-salle-par-les-api.md): a payment made or awaited stays as
 * far from the session's day as before.
 */
public interface DatesDesPaiements {

  /**
   * Each payment of these dossiers (by reference; a few hundred at most, one SQL {@code in}
   * list): its date, its period and its expected date moved by {@code jours} days. In the
   * caller's transaction.
   */
  void decaler(List<String> references, long jours);
}
