package fr.cpam.demarches.engine.securite;

import fr.cpam.demarches.engine.interne.VerrouConnexion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An agent (after checking the person's identity) or an administrator ends a login lock at once. */
@RestController
@Tag(name = "Connexion", description = "Délais et blocages après des codes erronés")
class DeblocageController {

  private final VerrouConnexion verrou;

  DeblocageController(VerrouConnexion verrou) {
    this.verrou = verrou;
  }

  @PostMapping("/api/connexions/{identifiant}/deblocage")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize("hasAnyRole('accueil','gestion-droits','prestations-especes','service-medical','rct','superviseurs','camunda-admin')")
  @Operation(
      summary = "Débloquer une connexion",
      description =
          "Par un agent qui a vérifié l'identité de la personne (au guichet, au 3646), ou un administrateur : met fin"
              + " au délai ou au blocage temporaire après des codes erronés. Répond 204 que l'identifiant ait un compte"
              + " ou non.")
  void debloquer(@PathVariable String identifiant) {
    verrou.debloquer(identifiant);
  }
}
