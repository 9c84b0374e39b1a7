package fr.cpam.demarches.compte;

import fr.cpam.demarches.engine.securite.AccesAgent;
import fr.cpam.demarches.engine.securite.AccesAssure;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Compte", description = "Le compte de l'assuré, ses bénéficiaires et leurs cartes Vitale")
class CompteController {

  private static final Logger LOG = LoggerFactory.getLogger(CompteController.class);

  private final CompteService comptes;
  private final CartesDesTitulaires cartes;
  private final Clock horloge;

  CompteController(CompteService comptes, CartesDesTitulaires cartes, Clock horloge) {
    this.comptes = comptes;
    this.cartes = cartes;
    this.horloge = horloge;
  }

  @GetMapping("/moi")
  @AccesAssure
  @Transactional(readOnly = true)
  @Operation(summary = "Mon compte", description = "Le compte de l'assuré connecté et les bénéficiaires qui y sont rattachés.")
  CompteVue moi() {
    return vue(comptes.compteConnecte());
  }

  @GetMapping("/assures/{nir}")
  @AccesAgent
  @Transactional(readOnly = true)
  @Operation(summary = "Compte d'un assuré", description = "Réservé aux agents : le compte dont l'assuré a ce NIR.")
  CompteVue assure(
      @Parameter(description = "NIR de l'assuré, 15 caractères sans espace", example = "285047511234560")
          @PathVariable String nir) {
    Nir recherche = Nir.de("nir", nir);
    LOG.info("Consultation du compte {} par {}", recherche.masque(), UtilisateurConnecte.id().orElse("?"));
    return vue(comptes.compteDe(recherche));
  }

  /** What an agent sends to record an affiliation date. */
  record Affiliation(
      @io.swagger.v3.oas.annotations.media.Schema(description = "Jour où la personne est devenue assurée sociale (premier emploi)", example = "2005-09-01")
          java.time.LocalDate dateAffiliation) {}

  @PutMapping("/assures/{nir}/affiliation")
  @PreAuthorize("hasAnyRole('gestion-droits','prestations-especes')")
  @Operation(
      summary = "Enregistrer la date d'affiliation d'un assuré",
      description = "Réservé aux agents de la gestion des droits et des prestations en espèces : le jour où l'assuré est"
          + " devenu assuré social. Les droits aux indemnités journalières au-delà de 6 mois d'arrêt comptent 12 mois"
          + " depuis cette date.")
  CompteVue affilier(
      @Parameter(description = "NIR de l'assuré, 15 caractères sans espace", example = "178016912345629") @PathVariable String nir,
      @RequestBody Affiliation affiliation) {
    Nir assure = Nir.de("nir", nir);
    comptes.affilier(assure, affiliation.dateAffiliation());
    LOG.info("Date d'affiliation de {} enregistrée par {}", assure.masque(), UtilisateurConnecte.id().orElse("?"));
    return vue(comptes.compteDe(assure));
  }

  private CompteVue vue(Assure assure) {
    List<Nir> personnes = assure.beneficiaires().stream().map(Beneficiaire::nir).toList();
    return CompteVue.de(assure, cartes.cartesDe(personnes), LocalDate.now(horloge));
  }
}
