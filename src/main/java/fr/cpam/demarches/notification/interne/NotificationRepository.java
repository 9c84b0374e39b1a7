package fr.cpam.demarches.notification.interne;

import fr.cpam.demarches.notification.interne.Notification;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The notifications, by recipient. */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

  Page<Notification> findByDestinataireOrderByCreeLeDescIdDesc(String destinataire, Pageable page);

  List<Notification> findByReferenceDossierOrderByCreeLeAscIdAsc(String referenceDossier);

  long countByDestinataireAndLueLeIsNull(String destinataire);

  Optional<Notification> findByIdAndDestinataire(Long id, String destinataire);

  List<Notification> findByDestinataireAndReferenceDossierAndLueLeIsNull(String destinataire, String referenceDossier);

  /** A recipient's notifications except those of the dossiers whose reference matches {@code exclues} (a LIKE pattern). */
  @Query(
      """
      select n from Notification n
      where n.destinataire = :destinataire
        and (n.referenceDossier is null or n.referenceDossier not like :exclues)
      order by n.creeLe desc, n.id desc
      """)
  public Page<Notification> horsDossiers(
      @Param("destinataire") String destinataire, @Param("exclues") String exclues, Pageable page);

  @Query(
      """
      select count(n) from Notification n
      where n.destinataire = :destinataire and n.lueLe is null
        and (n.referenceDossier is null or n.referenceDossier not like :exclues)
      """)
  long nonLuesHorsDossiers(@Param("destinataire") String destinataire, @Param("exclues") String exclues);
}
