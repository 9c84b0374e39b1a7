package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.EchecServiceExterne;
import java.math.BigDecimal;

/**
 * The bank that carries out the CPAM's transfers. An order carries an idempotency key: the
 * bank executes a key once, and answers the same transfer reference when asked again (after a
 * timeout or a crash on our side).
 */
interface BanqueAdapter {

  /**
   * @return the bank's reference of the transfer
   * @throws VirementImpossibleException when the bank cannot take the order now (retried later)
   */
  String virer(String cleIdempotence, BigDecimal montant, String beneficiaire, String libelle);

  class VirementImpossibleException extends EchecServiceExterne {
    VirementImpossibleException(String cleIdempotence, String message) {
      super(cleIdempotence, message);
    }
  }
}
