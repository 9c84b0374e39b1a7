package fr.cpam.demarches.notification;

import fr.cpam.demarches.commun.Pagination;
import fr.cpam.demarches.engine.securite.AccesAssure;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "Ce que les démarches ont à dire à l'assuré")
@AccesAssure
class NotificationController {


  private final NotificationService service;

  NotificationController(NotificationService service) {
    this.service = service;
  }

  record NotificationVue(Long id, String referenceDossier, String titre, String texte, Instant creeLe, boolean lue) {
    static NotificationVue de(Notification n) {
      return new NotificationVue(n.getId(), n.getReferenceDossier(), n.getTitre(), n.getTexte(), n.getCreeLe(), n.getLueLe() != null);
    }
  }

  record PageNotifications(List<NotificationVue> notifications, int page, int taille, long total, long nonLues) {}

  @GetMapping
  @Operation(summary = "Mes notifications", description = "Les plus récentes d'abord, par pages.")
  PageNotifications lister(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int taille) {
    PageRequest demandee = Pagination.page(page, taille);
    String moi = UtilisateurConnecte.idObligatoire();
    Page<Notification> resultat = service.de(moi, demandee);
    return new PageNotifications(
        resultat.map(NotificationVue::de).getContent(), page, taille, resultat.getTotalElements(), service.nonLues(moi));
  }

  @PostMapping("/{id}/lue")
  @Operation(summary = "Marquer une notification comme lue")
  NotificationVue marquerLue(@PathVariable Long id) {
    return NotificationVue.de(service.marquerLue(UtilisateurConnecte.idObligatoire(), id));
  }
}
