package fr.cpam.demarches.delais;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
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

  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DelaisService delais;
  private final DelaisProperties proprietes;
  private final CompteService comptes;
  private final Clock horloge;

  DelaisController(DelaisService delais, DelaisProperties proprietes, CompteService comptes, Clock horloge) {
    this.delais = delais;
    this.proprietes = proprietes;
    this.comptes = comptes;
    this.horloge = horloge;
  }

  record ThematiqueVue(String code, String libelle, int delaiReferenceJours) {}

  @GetMapping("/thematiques")
  @Operation(summary = "Les thématiques", description = "Le menu déroulant de la page, avec le délai de référence de chacune.")
  List<ThematiqueVue> thematiques() {
    return proprietes.thematiques().stream().map(t -> new ThematiqueVue(t.code(), t.libelle(), t.delaiReferenceJours())).toList();
  }

  record CpamVue(String code, String libelle) {}

  record CodeLibelle(String code, String libelle) {}

  record DelaiVue(
      CodeLibelle thematique,
      CpamVue cpam,
      LocalDate dateEnvoi,
      int delaiEstimeJours,
      LocalDate dateEstimee,
      int delaiHuitSurDixJours,
      LocalDate dateHuitSurDix,
      CodeLibelle source,
      int dossiersObserves,
      LocalDate observeDu,
      LocalDate observeAu,
      String explication,
      boolean delaiDepasse) {}

  @GetMapping
  @Operation(
      summary = "Estimer le délai de traitement",
      description =
          "Pour une thématique et la date d'envoi de la demande : le délai médian des dossiers de cette thématique traités"
              + " par la CPAM de l'assuré au cours des 90 derniers jours, la date estimée, et le délai dans lequel 8 dossiers"
              + " sur 10 ont été traités. Avec moins de 20 dossiers traités, le délai de référence de la thématique est donné,"
              + " présenté comme tel.")
  DelaiVue estimer(
      @Parameter(description = "Code de la thématique (voir /thematiques)") @RequestParam String thematique,
      @Parameter(description = "Date d'envoi de la demande (AAAA-MM-JJ)") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dateEnvoi) {
    DelaisProperties.Thematique choisie =
        proprietes
            .thematique(thematique)
            .orElseThrow(
                () ->
                    new DemandeInvalideException(
                        "thematique",
                        "Thématique inconnue. Valeurs possibles : "
                            + proprietes.thematiques().stream().map(DelaisProperties.Thematique::code).collect(Collectors.joining(", "))
                            + "."));
    LocalDate aujourdhui = LocalDate.now(horloge);
    if (dateEnvoi.isAfter(aujourdhui)) {
      throw new DemandeInvalideException("dateEnvoi", "La date d'envoi ne peut pas être dans le futur.");
    }
    if (dateEnvoi.isBefore(aujourdhui.minusYears(1))) {
      throw new DemandeInvalideException(
          "dateEnvoi", "Pour une demande envoyée il y a plus d'un an, contactez directement votre CPAM au 3646.");
    }
    CpamVue cpam = null;
    if (UtilisateurConnecte.estAssure()) {
      Assure compte = comptes.compteConnecte();
      cpam = new CpamVue(compte.getCpam().getCode(), compte.getCpam().getLibelle());
    }
    DelaisService.Estimation e = delais.estimer(choisie, cpam == null ? null : cpam.code());
    LocalDate dateEstimee = dateEnvoi.plusDays(e.delaiJours());
    LocalDate dateHuitSurDix = dateEnvoi.plusDays(e.delaiHuitSurDixJours());
    String ou = cpam == null ? "l'ensemble des CPAM" : "votre CPAM";
    String explication =
        e.calculee()
            ? "Délai calculé sur les " + e.dossiersObserves() + " dossiers de cette thématique traités par " + ou + " du "
                + JJ_MM_AAAA.format(e.observeDu()) + " au " + JJ_MM_AAAA.format(e.observeAu()) + " : la moitié l'ont été en "
                + e.delaiJours() + " jours au plus, 8 sur 10 en " + e.delaiHuitSurDixJours() + " jours au plus."
            : "Délai de référence de la thématique : trop peu de dossiers (" + e.dossiersObserves() + ", il en faut "
                + proprietes.minimumDossiers() + ") ont été traités par " + ou + " au cours des " + proprietes.fenetreJours()
                + " derniers jours pour calculer un délai observé.";
    return new DelaiVue(
        new CodeLibelle(choisie.code(), choisie.libelle()),
        cpam,
        dateEnvoi,
        e.delaiJours(),
        dateEstimee,
        e.delaiHuitSurDixJours(),
        dateHuitSurDix,
        e.calculee()
            ? new CodeLibelle("calcule", "Délai observé sur les dossiers traités")
            : new CodeLibelle("reference", "Délai de référence"),
        e.dossiersObserves(),
        e.observeDu(),
        e.observeAu(),
        explication,
        dateHuitSurDix.isBefore(aujourdhui));
  }
}
