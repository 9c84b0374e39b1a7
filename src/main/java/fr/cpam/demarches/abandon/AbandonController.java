package fr.cpam.demarches.abandon;

import fr.cpam.demarches.engine.securite.AccesAssure;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A citizen gives up a démarche she started, while nothing is recorded yet. */
@RestController
@Tag(name = "Démarches", description = "Abandon d'une démarche par l'assuré")
class AbandonController {

  private final AbandonDemarche abandons;

  AbandonController(AbandonDemarche abandons) {
    this.abandons = abandons;
  }

  @GetMapping("/api/demarches/{reference}/abandon")
  @AccesAssure
  @Operation(summary = "Savoir si une démarche peut être annulée",
      description = "Pour une démarche commencée par l'assuré : `possible` et, sinon, la raison. Un dossier d'une autre"
          + " personne répond 404 comme un dossier inconnu.")
  AbandonDemarche.Abandon examiner(@PathVariable String reference) {
    return abandons.examiner(UtilisateurConnecte.idObligatoire(), reference);
  }

  @PostMapping("/api/demarches/{reference}/abandon")
  @AccesAssure
  @Operation(summary = "Annuler une démarche commencée",
      description = "Tant que le dossier n'attend que l'étape de l'assuré où rien n'est encore enregistré (premier"
          + " formulaire) : le dossier se termine « Annulée par l'assuré » et l'assuré reçoit une notification. Sinon 409"
          + " avec la raison.")
  AbandonDemarche.Abandon abandonner(@PathVariable String reference) {
    return abandons.abandonner(UtilisateurConnecte.idObligatoire(), reference);
  }
}
