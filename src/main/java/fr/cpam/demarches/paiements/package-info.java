/**
 * "Mes paiements": what the Assurance Maladie paid to a citizen and to the beneficiaries of
 * their account (reimbursements of care, daily allowances…), and what it is about to pay.
 *
 * <p>A read model: the procedures that pay record each payment here through
 * {@link fr.cpam.demarches.paiements.PaiementService} (a payment made, or a payment still
 * awaited with the step it waits on); the citizen reads them with {@code GET /api/paiements}.
 * A training server's room clock moves some dossiers' payment dates through
 * {@link fr.cpam.demarches.paiements.DatesDesPaiements}. This module depends on no procedure. The entity, its status and its repository are internal
 * ({@code paiements.interne}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mes paiements")
package fr.cpam.demarches.paiements;
