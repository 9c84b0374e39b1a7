package fr.cpam.demarches.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The notifications, by recipient. */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

  Page<Notification> findByDestinataireOrderByCreeLeDescIdDesc(String destinataire, Pageable page);

  List<Notification> findByReferenceDossierOrderByCreeLeAscIdAsc(String referenceDossier);

  long countByDestinataireAndLueLeIsNull(String destinataire);

  Optional<Notification> findByIdAndDestinataire(Long id, String destinataire);
}
