package fr.cpam.demarches.cartevitale;

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
}
