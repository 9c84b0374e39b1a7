package fr.cpam.demarches.analyse;

import fr.cpam.demarches.commun.RequeteInvalideException;
import fr.cpam.demarches.engine.securite.AccesAnalyste;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analyses of the procedures, read-only, for analysts, supervisors and administrators: the
 * figures the Cockpit plugin "Analyses" draws on the diagram, their comparison, the messagerie's
 * due dates, and the event log for process-mining tools.
 */
@RestController
@RequestMapping("/api/analyses")
@Tag(
    name = "Analyses des processus",
    description =
        "Où les dossiers attendent, par quels chemins ils passent, et le journal des événements pour les outils de fouille"
            + " de processus. Calculé sur l'historique du moteur, sans donnée personnelle. Réservé aux analystes,"
            + " superviseurs et administrateurs.")
@AccesAnalyste
class AnalysesController {

  private static final Logger LOG = LoggerFactory.getLogger(AnalysesController.class);

  private final AnalysesService analyses;
  private final IndicateursMessagerie messagerie;
  private final JournalEvenements journal;
  private final Clock horloge;

  AnalysesController(AnalysesService analyses, IndicateursMessagerie messagerie, JournalEvenements journal, Clock horloge) {
    this.analyses = analyses;
    this.messagerie = messagerie;
    this.journal = journal;
    this.horloge = horloge;
  }

  @GetMapping("/processus/{cle}/statistiques")
  @Operation(
      summary = "Les chiffres d'un processus sur une période",
      description =
          "Pour les dossiers démarrés dans la période (par défaut les 90 derniers jours) : pour chaque activité, le nombre de"
              + " passages et de dossiers, la durée médiane et le 90e centile (en millisecondes) ; pour chaque tâche humaine,"
              + " l'attente avant la prise en charge et le traitement ensuite ; pour chaque flux, le nombre de dossiers qui l'ont"
              + " pris et sa part parmi les sorties de son élément ; les dix dossiers les plus longs. Centiles au rang le plus"
              + " proche : des durées réellement observées.")
  @ApiResponse(responseCode = "400", description = "Période invalide", content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "404", description = "Processus ou version inconnus", content = @Content(mediaType = "application/problem+json"))
  AnalysesService.Statistiques statistiques(
      @Parameter(description = "Clé du processus, par exemple MessageAssure") @PathVariable String cle,
      @Parameter(description = "Version du processus ; toutes les versions si absent") @RequestParam(required = false) Integer version,
      @Parameter(description = "Premier jour (AAAA-MM-JJ) ; 90 jours avant la fin si absent")
          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate du,
      @Parameter(description = "Dernier jour (AAAA-MM-JJ), inclus ; aujourd'hui si absent")
          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au) {
    return analyses.statistiques(cle, version, Periode.de(du, au, "", LocalDate.now(horloge)));
  }

  @GetMapping("/processus/{cle}/comparaison")
  @Operation(
      summary = "Comparer deux versions ou deux périodes",
      description =
          "Les mêmes chiffres pour A et pour B côte à côte, et pour chaque activité et chaque flux l'écart B − A (passages,"
              + " médiane et 90e centile en millisecondes) : une baisse de la durée dit que la modification a aidé.")
  @ApiResponse(responseCode = "400", description = "Période invalide", content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "404", description = "Processus ou version inconnus", content = @Content(mediaType = "application/problem+json"))
  AnalysesService.Comparaison comparaison(
      @PathVariable String cle,
      @Parameter(description = "Version de A ; toutes si absent") @RequestParam(required = false) Integer versionA,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate duA,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate auA,
      @Parameter(description = "Version de B ; toutes si absent") @RequestParam(required = false) Integer versionB,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate duB,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate auB) {
    Periode a = Periode.de(duA, auA, "A", LocalDate.now(horloge));
    Periode b = Periode.de(duB, auB, "B", LocalDate.now(horloge));
    return analyses.comparer(cle, versionA, a, versionB, b);
  }

  @GetMapping("/processus/{cle}/journal")
  @Operation(
      summary = "Le journal des événements (XES ou CSV)",
      description =
          "Un cas par dossier démarré dans la période, un événement à chaque début et à chaque fin d'activité (extension"
              + " Lifecycle : start, complete, ate_abort), la ressource est le groupe de la tâche, jamais la personne. Aucune"
              + " donnée personnelle : aucune variable, le dossier est nommé par un pseudonyme stable dans le fichier et"
              + " différent à chaque export. XES selon IEEE 1849-2016 (ProM, PM4Py, Disco, Celonis) ; CSV : une ligne par"
              + " événement. Le fichier est envoyé au fil de la lecture.")
  @ApiResponse(
      responseCode = "200",
      content = {
        @Content(mediaType = "application/xml", schema = @Schema(type = "string")),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
      })
  void journal(
      @PathVariable String cle,
      @Parameter(description = "xes (par défaut) ou csv") @RequestParam(defaultValue = "xes") String format,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate du,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au,
      HttpServletResponse reponse)
      throws IOException {
    JournalEvenements.Format choisi =
        switch (format.toLowerCase(Locale.ROOT)) {
          case "xes" -> JournalEvenements.Format.XES;
          case "csv" -> JournalEvenements.Format.CSV;
          default -> throw new RequeteInvalideException("format", "Le format « " + format + " » n'existe pas : choisissez xes ou csv.");
        };
    Periode periode = Periode.de(du, au, "", LocalDate.now(horloge));
    AnalysesService.Choix choix = analyses.choisir(cle, version);
    String fichier =
        "journal-" + cle + (version == null ? "" : "-v" + version) + "-" + periode.du() + "-" + periode.au() + "." + choisi.extension;
    // Written by this request's own thread, straight to the response as the rows come: the
    // caller's identity (Basic or the webapp's session) holds for the whole export.
    reponse.setContentType(choisi.typeContenu + ";charset=UTF-8");
    reponse.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fichier).build().toString());
    JournalEvenements.Bilan bilan = journal.ecrire(choix, periode, choisi, reponse.getOutputStream());
    LOG.info("Journal {} de {} exporté : {} dossiers, {} événements", choisi.extension, cle, bilan.dossiers(), bilan.evenements());
  }

  @GetMapping("/dossiers/{id}/parcours")
  @Operation(
      summary = "Le parcours d'un dossier",
      description = "Ses étapes dans l'ordre, avec leurs durées et le groupe de chaque tâche : de quoi voir où un dossier lent a attendu.")
  @ApiResponse(responseCode = "404", description = "Dossier inconnu", content = @Content(mediaType = "application/problem+json"))
  AnalysesService.Parcours parcours(@Parameter(description = "Identifiant du dossier dans le moteur") @PathVariable String id) {
    return analyses.parcours(id);
  }

  @GetMapping("/messagerie")
  @Operation(
      summary = "Les échéances de la messagerie",
      description =
          "Pour les échéances de réponse tombées dans la période : la part tenue par service et par motif ; et, pour chaque"
              + " jour, le nombre de messages en attente dans chaque service au soir.")
  @ApiResponse(responseCode = "400", description = "Période invalide", content = @Content(mediaType = "application/problem+json"))
  IndicateursMessagerie.Indicateurs messagerie(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate du,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au) {
    return messagerie.indicateurs(Periode.de(du, au, "", LocalDate.now(horloge)));
  }
}
