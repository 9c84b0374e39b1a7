package fr.cpam.demarches.accidenttiers;

import java.time.LocalDate;
import java.util.List;

/**
 * The payers outside the CPAM: the liable party's insurer, or the guarantee fund that takes its
 * place. A claim is accepted or refused at once; the payer answers later (a payment, in full or
 * in part, or a contestation) through {@link ReponsesPayeurs}, which hands the answer to the
 * dossier's process by message correlation on the dossier reference.
 */
public interface Assureurs {

  /** One item of the claim, in cents, with its nature and its period. */
  record LigneReclamee(String nature, String libelle, LocalDate debut, LocalDate fin, long montant) {}

  /**
   * A claim: {@code genre} says whether it is the first one, a complement (new costs paid) or the
   * amount agreed after a disagreement. The idempotency key names this send (the dossier reference and the send's number):
   * the payer takes a key once, and answers "received" again, without a second claim, when the
   * same key comes back (our side retrying after a timeout or a node's crash). A new key for the
   * same dossier (new costs, an agreed amount) replaces the previous claim.
   */
  record Reclamation(
      String cleIdempotence,
      String referenceDossier,
      String genre,
      String payeur,
      String payeurNom,
      String contrat,
      String victime,
      LocalDate dateAccident,
      List<LigneReclamee> lignes,
      long principal,
      long forfait) {

    public long total() {
      return principal + forfait;
    }
  }

  /**
   * Sends the claim.
   *
   * @throws PayeurIndisponibleException when the payer does not take it now: the job is retried,
   *     then becomes an incident
   */
  void reclamer(Reclamation reclamation);

  /** Reminds the payer of a claim left without answer (a letter; the same key twice is one letter). */
  void relancer(String cleIdempotence, String referenceDossier);

  /** The payer could not take the claim. */
  class PayeurIndisponibleException extends RuntimeException {
    public PayeurIndisponibleException(String message) {
      super(message);
    }
  }
}
