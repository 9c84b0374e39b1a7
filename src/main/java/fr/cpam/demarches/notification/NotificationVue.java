package fr.cpam.demarches.notification;

import fr.cpam.demarches.notification.interne.Notification;
import java.time.Instant;

/** A notification as its reader and other modules see it (the entity stays internal). */
public record NotificationVue(Long id, String referenceDossier, String titre, String texte, Instant creeLe, boolean lue) {

  static NotificationVue de(Notification n) {
    return new NotificationVue(n.getId(), n.getReferenceDossier(), n.getTitre(), n.getTexte(), n.getCreeLe(), n.getLueLe() != null);
  }
}
