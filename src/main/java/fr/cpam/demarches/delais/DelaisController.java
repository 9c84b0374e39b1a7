package fr.cpam.demarches.delais;

import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Consulter les délais de traitement de ma CPAM": open to any authenticated person. A citizen
 * gets the figures of their own CPAM; anyone else (agents, senders) the figures of all CPAMs.
 */
@RestController
@RequestMapping("/api/delais-traitement")
@Tag(name = "Délais de traitement", description = "Délais de traitement de ma CPAM, calculés sur les dossiers réellement traités")
@PreAuthorize("isAuthenticated()")
class DelaisController {

  private final DelaisTraitement delais;
  private final CompteService comptes;

  DelaisController(DelaisTraitement delais, CompteService comptes) {
    this.delais = delais;
    this.comptes = comptes;
  }

  @GetMapping("/thematiques")
  @Operation(summary = "Les thématiques", description = "Le menu déroulant de la page, avec le délai de référence de chacune.")
  List<DelaisTraitement.Thematique> thematiques() {
    return delais.thematiques();
  }

  @GetMapping
  @Operation(
      summary = "Estimer le délai de traitement",
      description =
          "Pour une thématique et la date d'envoi de la demande : le délai médian des dossiers de cette thématique traités"
              + " par la CPAM de l'assuré au cours des 90 derniers jours, la date estimée, et le délai dans lequel 8 dossiers"
              + " sur 10 ont été traités. Avec moins de 20 dossiers traités, le délai de référence de la thématique est donné,"
              + " présenté comme tel.")
  DelaisTraitement.Delai estimer(
      @Parameter(description = "Code de la thématique (voir /thematiques)") @RequestParam String thematique,
      @Parameter(description = "Date d'envoi de la demande (AAAA-MM-JJ)") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dateEnvoi) {
    DelaisTraitement.Cpam cpam = null;
    if (UtilisateurConnecte.estAssure()) {
      Assure compte = comptes.compteConnecte();
      cpam = new DelaisTraitement.Cpam(compte.cpam().code(), compte.cpam().libelle());
    }
    return delais.estimer(thematique, dateEnvoi, cpam);
  }
}
