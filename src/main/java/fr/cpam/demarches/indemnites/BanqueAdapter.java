package fr.cpam.demarches.indemnites;

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

  class VirementImpossibleException extends RuntimeException {
    VirementImpossibleException(String message) {
      super(message);
    }
  }
}
