package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.commun.EchecServiceExterne;

/**
 * The card factory, outside the CPAM. An order is accepted or refused at once; the factory then
 * answers later, by message correlation on the dossier reference: {@code CarteFabriquee},
 * then {@code CarteExpediee} with the postal tracking number ({@code numeroSuivi}).
 */
public interface FabriqueCartes {

  /**
   * What the factory needs to personalise and send a card. The idempotency key names this order:
   * the factory takes a key once, and answers "accepted" again, without a second card, when the
   * same key comes back (our side retrying after a timeout or a node's crash).
   */
  record CommandeCarte(
      String cleIdempotence, String referenceDossier, String numeroSerie, String nir, String nom, String prenom,
      Adresse adresse) {}

  /**
   * Sends the order. A new order (another key) for the same reference (a re-order after a late
   * answer) replaces the previous order.
   *
   * @throws FabriqueIndisponibleException when the factory refuses or does not answer: the job
   *     is retried, then becomes an incident
   */
  void commander(CommandeCarte commande);

  /** The factory could not take the order: retried by the engine (an expected failure). */
  class FabriqueIndisponibleException extends EchecServiceExterne {
    public FabriqueIndisponibleException(String referenceDossier, String message) {
      super(referenceDossier, message);
    }
  }
}
