/**
 * Notifications sent to a citizen by the procedures (declaration registered, card sent,
 * payment made...). Procedures call {@link fr.cpam.demarches.notification.NotificationService};
 * the citizen reads them with {@code GET /api/notifications} and, once the messagerie exists,
 * in the same inbox as the CPAM's messages (it reads them as {@link
 * fr.cpam.demarches.notification.NotificationVue}). The entity and its repository are internal
 * ({@code notification.interne}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package fr.cpam.demarches.notification;
