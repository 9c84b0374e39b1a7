/**
 * Messagerie: a citizen writes to their CPAM (a motif, an object, a text, attachments), the
 * message is routed by a DMN table to a service with a response due date in working days, and
 * agents answer within that date in Tasklist (process {@code MessageAssure}). The conversation,
 * both directions, is kept in our tables; the citizen's inbox shows it next to the
 * notifications of the other procedures.
 *
 * <p>Other modules reach the citizen through
 * {@link fr.cpam.demarches.notification.NotificationService}, which this inbox shows; Mon espace
 * and the training server use {@link fr.cpam.demarches.messagerie.MessagerieService} and {@link
 * fr.cpam.demarches.messagerie.ReponsesAssure}, and its room clock {@link
 * fr.cpam.demarches.messagerie.EcheancesDesConversations}. The motifs and kinds of message are the API's
 * vocabulary; the conversation, its entries and attachments (entities, their statuses and
 * repositories) are internal ({@code messagerie.interne}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messagerie")
package fr.cpam.demarches.messagerie;
