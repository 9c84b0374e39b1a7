/**
 * Messagerie: a citizen writes to their CPAM (a motif, an object, a text, attachments), the
 * message is routed by a DMN table to a service with a response due date in working days, and
 * agents answer within that date in Tasklist (process {@code MessageAssure}). The conversation,
 * both directions, is kept in our tables; the citizen's inbox shows it next to the
 * notifications of the other procedures.
 *
 * <p>Nothing here is used by other modules: they reach the citizen through
 * {@link fr.cpam.demarches.notification.NotificationService}, which this inbox shows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messagerie")
package fr.cpam.demarches.messagerie;
