/**
 * Notifications sent to a citizen by the procedures (declaration registered, card sent,
 * payment made...). Procedures call {@link fr.cpam.demarches.notification.NotificationService};
 * the citizen reads them with {@code GET /api/notifications} and, once the messagerie exists,
 * in the same inbox as the CPAM's messages. Its repository is internal ({@code
 * notification.interne}); the entity {@link fr.cpam.demarches.notification.Notification} is part of
 * the API (the messagerie reads it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package fr.cpam.demarches.notification;
