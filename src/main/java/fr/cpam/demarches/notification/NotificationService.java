package fr.cpam.demarches.notification;

import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.notification.interne.Notification;
import fr.cpam.demarches.notification.interne.NotificationRepository;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a citizen that something happened in one of their dossiers. Called by the procedures'
 * delegates, inside the engine's transaction: if the step fails, no notification is left behind.
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationRepository notifications;
  private final Clock horloge;

  NotificationService(NotificationRepository notifications, Clock horloge) {
    this.notifications = notifications;
    this.horloge = horloge;
  }

  /**
   * @param destinataire the engine user id of the account owner (13 NIR characters)
   * @param referenceDossier the dossier it is about, or null
   */
  @Transactional
  public NotificationVue notifier(String destinataire, String referenceDossier, String titre, String texte) {
    Notification notification = notifications.save(new Notification(destinataire, referenceDossier, titre, texte, horloge));
    LOG.info("Notification « {} » pour le dossier {}", titre, referenceDossier);
    return NotificationVue.de(notification);
  }

  @Transactional(readOnly = true)
  public Page<NotificationVue> de(String destinataire, Pageable page) {
    return notifications.findByDestinataireOrderByCreeLeDescIdDesc(destinataire, page).map(NotificationVue::de);
  }

  @Transactional(readOnly = true)
  public long nonLues(String destinataire) {
    return notifications.countByDestinataireAndLueLeIsNull(destinataire);
  }

  /**
   * The notifications of a citizen, newest first, except those of the dossiers whose reference
   * starts with {@code prefixeReference}: a procedure whose inbox already shows its own dossiers
   * (the messagerie) lists the others next to them without showing its alerts twice.
   */
  @Transactional(readOnly = true)
  public Page<NotificationVue> deHorsDossiers(String destinataire, String prefixeReference, Pageable page) {
    return notifications.horsDossiers(destinataire, prefixeReference + "-%", page).map(NotificationVue::de);
  }

  /** The unread count that goes with {@link #deHorsDossiers}. */
  @Transactional(readOnly = true)
  public long nonLuesHorsDossiers(String destinataire, String prefixeReference) {
    return notifications.nonLuesHorsDossiers(destinataire, prefixeReference + "-%");
  }

  /** Marks read the notifications of one dossier, when the citizen has read the dossier itself. */
  @Transactional
  public void marquerLuesDuDossier(String destinataire, String referenceDossier) {
    notifications
        .findByDestinataireAndReferenceDossierAndLueLeIsNull(destinataire, referenceDossier)
        .forEach(n -> n.marquerLue(horloge));
  }

  @Transactional
  public NotificationVue marquerLue(String destinataire, Long id) {
    Notification notification =
        notifications
            .findByIdAndDestinataire(id, destinataire)
            .orElseThrow(() -> new IntrouvableException("Aucune notification " + id + " dans votre espace."));
    notification.marquerLue(horloge);
    return NotificationVue.de(notification);
  }
}
