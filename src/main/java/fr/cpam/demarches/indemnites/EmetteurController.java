package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.IntrouvableException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What each sender account speaks for, written by an administrator (see {@link Emetteurs}). */
@RestController
@RequestMapping("/api/emetteurs")
@Tag(name = "Comptes émetteurs", description = "Le médecin (RPPS) ou les établissements (SIRET) de chaque compte émetteur.")
@PreAuthorize("hasRole('camunda-admin')")
class EmetteurController {

  private final Emetteurs emetteurs;
  private final IdentityService identityService;

  EmetteurController(Emetteurs emetteurs, IdentityService identityService) {
    this.emetteurs = emetteurs;
    this.identityService = identityService;
  }

  record Rattachement(String rpps, List<String> sirets) {}

  @GetMapping("/{identifiant}")
  @Operation(summary = "Ce qu'un compte émetteur représente", description = "Administrateurs.")
  Rattachement lire(@PathVariable String identifiant) {
    groupes(identifiant);
    Emetteurs.Emetteur e = emetteurs.de(identifiant);
    return new Rattachement(e.rpps().orElse(null), List.copyOf(e.sirets()));
  }

  @PutMapping("/{identifiant}")
  @Operation(
      summary = "Rattacher un compte émetteur",
      description =
          "Administrateurs. Un compte du groupe medecins porte le RPPS du médecin (11 chiffres) ; un compte du groupe"
              + " employeurs, un ou plusieurs SIRET (une entreprise, ou un tiers déclarant pour plusieurs). Remplace le"
              + " rattachement précédent.")
  Rattachement rattacher(@PathVariable String identifiant, @RequestBody Rattachement rattachement) {
    emetteurs.rattacher(identifiant, groupes(identifiant), rattachement.rpps(), rattachement.sirets());
    return lire(identifiant);
  }

  private List<String> groupes(String identifiant) {
    if (identityService.createUserQuery().userId(identifiant).count() == 0) {
      throw new IntrouvableException("Aucun compte « " + identifiant + " ».");
    }
    return identityService.createGroupQuery().groupMember(identifiant).list().stream().map(Group::getId).toList();
  }
}
