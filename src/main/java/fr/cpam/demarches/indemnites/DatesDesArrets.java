package fr.cpam.demarches.indemnites;

import java.util.List;

/**
 * The dates of some dossiers' arrêts de travail moved by calendar days: what a training server's
 * room clock asks for the sessions it keeps at their day while another one moves
 * (docs/decisions/0091-une-horloge-par-session-de-formation.md,
 * docs/decisions/0097-l-horloge-de-la-salle-par-les-api.md). An arrêt's rules count its days up to
 * "today" (the first payment up to yesterday, the next period, the 6th month, the 360 days): its
 * dates move with the session's day, so that no day the session did not live is paid.
 */
public interface DatesDesArrets {

  /**
   * Each arrêt of these dossiers (by reference; a few hundred at most, one SQL {@code in} list):
   * its dates, and those of its notices, salary attestations and allowance payments, moved by
   * {@code jours} days. The payments reported to "Mes paiements" are that module's
   * ({@code paiements.DatesDesPaiements}). In the caller's transaction.
   */
  void decaler(List<String> references, long jours);
}
