package fr.cpam.demarches.notification;

import fr.cpam.demarches.notification.interne.NotificationRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the procedures told the citizen about one dossier, oldest first, for the procedures' tests:
 * they read it here, in the module's own test package, since the entity and its repository are
 * internal to the module.
 */
@Component
public class NotificationsDesDossiers {

  private final NotificationRepository notifications;

  NotificationsDesDossiers(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  public List<NotificationVue> de(String referenceDossier) {
    return notifications.findByReferenceDossierOrderByCreeLeAscIdAsc(referenceDossier).stream().map(NotificationVue::de).toList();
  }

  public List<String> titresDe(String referenceDossier) {
    return de(referenceDossier).stream().map(NotificationVue::titre).toList();
  }
}
