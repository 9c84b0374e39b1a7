package fr.cpam.demarches.cartevitale;

import java.time.Duration;
import java.util.List;

/**
 * What a training scenario may make the simulated card factory do ({@code formation} plays it as
 * the event {@code refus-fabrique}). Only the simulated factory has it: a real one refuses on
 * its own.
 */
public interface SimulationFabrique {

  /**
   * The factory refuses the order of the dossier it had taken and not yet answered: no card is
   * made nor sent (its answers to come are dropped), as when a factory rejects an order after
   * taking it. The dossier hears nothing more: after its delay the agents' "relancer la
   * fabrique" task opens, where they send the order again.
   *
   * @return whether an order of the dossier was waiting for its card (nothing done otherwise)
   */
  boolean refuserLaCommande(String referenceDossier);

  /** Whether the factory has taken an order of the dossier and not yet answered it. */
  boolean commandeEnAttente(String referenceDossier);

  /**
   * The factory's answers still to come for these dossiers (by reference; a few hundred at most,
   * one SQL {@code in} list) come {@code delta} later: what a training server's room clock asks
   * for the sessions it keeps at their day while another one moves
   * (docs/decisions/0097-l-horloge-de-la-salle-par-les-api.md). In the caller's transaction.
   */
  void repousserLesReponses(List<String> referencesDossiers, Duration delta);
}
