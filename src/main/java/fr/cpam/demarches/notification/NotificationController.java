package fr.cpam.demarches.notification;

import fr.cpam.demarches.commun.Pagination;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import fr.cpam.demarches.engine.securite.AccesAssure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

  record PageNotifications(List<NotificationVue> notifications, int page, int taille, long total, long nonLues) {}

  @GetMapping
  @Operation(summary = "Mes notifications", description = "Les plus récentes d'abord, par pages.")
  PageNotifications lister(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int taille) {
    PageRequest demandee = Pagination.page(page, taille);
    String moi = UtilisateurConnecte.idObligatoire();
    Page<NotificationVue> resultat = service.de(moi, demandee);
    return new PageNotifications(
        resultat.getContent(), page, taille, resultat.getTotalElements(), service.nonLues(moi));
  }

  @PostMapping("/{id}/lue")
  @Operation(summary = "Marquer une notification comme lue")
  NotificationVue marquerLue(@PathVariable Long id) {
    return service.marquerLue(UtilisateurConnecte.idObligatoire(), id);
  }
}
