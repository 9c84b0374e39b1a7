package fr.cpam.demarches.analyse;

import fr.cpam.demarches.commun.IntrouvableException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of one procedure over a period, for one version or all: the dossiers, each
 * activity (with the wait and the handling of user tasks), each sequence flow, the ten slowest
 * dossiers; and the comparison of two such sets. For any model: nothing here knows a procedure.
 */
@Service
@Transactional(readOnly = true)
class AnalysesService {

  static final int LES_PLUS_LENTS = 10;

  private final RepositoryService repositoryService;
  private final RequetesHistorique requetes;
  private final Clock horloge;

  AnalysesService(RepositoryService repositoryService, RequetesHistorique requetes, Clock horloge) {
    this.repositoryService = repositoryService;
    this.requetes = requetes;
    this.horloge = horloge;
  }

  // ---- What the API answers ---------------------------------------------------------------

  record Processus(String cle, String nom, Integer version, List<Integer> versions, String definitionAffichee) {}

  record Durees(Long medianeMs, Long p90Ms) {}

  record Dossiers(long demarres, long termines, long enCours, Durees duree) {}

  record Activite(
      String id,
      String nom,
      String type,
      long passages,
      long dossiers,
      long terminees,
      Durees duree,
      Durees attente,
      Durees traitement,
      Long prisesEnCharge) {}

  record Flux(String id, String de, String vers, long passages, Double part) {}

  record DossierLent(String id, String reference, int version, Instant debut, Instant fin, long dureeMs, boolean enCours) {}

  record Statistiques(
      Processus processus, Periode periode, Dossiers dossiers, List<Activite> activites, List<Flux> flux, List<DossierLent> lesPlusLents) {}

  record Ecart(Long a, Long b, Long difference) {
    static Ecart de(Long a, Long b) {
      return new Ecart(a, b, a == null || b == null ? null : b - a);
    }
  }

  record EcartActivite(String id, String nom, Ecart passages, Ecart medianeMs, Ecart p90Ms) {}

  record EcartFlux(String id, Ecart passages) {}

  record Comparaison(
      Statistiques a, Statistiques b, Ecart dossiers, Ecart dureeMedianeMs, Ecart dureeP90Ms, List<EcartActivite> activites, List<EcartFlux> flux) {}

  // ---- Definitions ---------------------------------------------------------------------------

  /** The versions of a procedure, or 404; one of them when {@code version} is given, or 404. */
  record Choix(String cle, String nom, Integer version, List<ProcessDefinition> definitions, ProcessDefinition affichee, List<Integer> versions) {
    List<String> ids() {
      return definitions.stream().map(ProcessDefinition::getId).toList();
    }
  }

  Choix choisir(String cle, Integer version) {
    List<ProcessDefinition> toutes =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(cle).orderByProcessDefinitionVersion().desc().list();
    if (toutes.isEmpty()) {
      throw new IntrouvableException("Aucun processus n'a la clé « " + cle + " ». Vérifiez la clé (par exemple MessageAssure).");
    }
    List<Integer> versions = toutes.stream().map(ProcessDefinition::getVersion).toList();
    if (version == null) {
      return new Choix(cle, toutes.get(0).getName(), null, toutes, toutes.get(0), versions);
    }
    ProcessDefinition une =
        toutes.stream()
            .filter(d -> d.getVersion() == version)
            .findFirst()
            .orElseThrow(
                () ->
                    new IntrouvableException(
                        "Le processus « " + cle + " » n'a pas de version " + version + ". Versions existantes : "
                            + versions.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + "."));
    return new Choix(cle, une.getName(), version, List.of(une), une, versions);
  }

  // ---- Statistics ----------------------------------------------------------------------------

  Statistiques statistiques(String cle, Integer version, Periode periode) {
    return statistiques(choisir(cle, version), periode);
  }

  Statistiques statistiques(Choix choix, Periode periode) {
    MapSqlParameterSource p = RequetesHistorique.parametres(choix.ids(), periode);
    ModeleAnalyse modele = ModeleAnalyse.de(repositoryService.getBpmnModelInstance(choix.affichee().getId()));

    RequetesHistorique.Ensemble ensemble = requetes.ensemble(p);
    Map<String, Activite> activites = new LinkedHashMap<>();
    for (RequetesHistorique.LigneActivite l : requetes.activites(p)) {
      RequetesHistorique.Tache t = l.tache();
      activites.put(
          l.id(),
          new Activite(
              l.id(), l.nom(), l.type(), l.passages(), l.dossiers(), l.terminees(), new Durees(l.medianeMs(), l.p90Ms()),
              t == null ? null : new Durees(t.attenteMediane(), t.attenteP90()),
              t == null ? null : new Durees(t.traitementMediane(), t.traitementP90()),
              t == null ? null : t.prises()));
    }
    // The model's activities no dossier of the period reached: zero, so that the table lists them.
    for (ModeleAnalyse.Noeud n : modele.noeuds()) {
      activites.putIfAbsent(n.id(), new Activite(n.id(), n.nom(), n.type(), 0, 0, 0, new Durees(null, null), null, null, null));
    }

    Map<String, Long> parFlux = modele.passagesParFlux(requetes.paires(p, modele.paires()));
    Map<String, Long> sortants = new HashMap<>();
    modele.flux().forEach(f -> sortants.merge(f.de(), parFlux.getOrDefault(f.id(), 0L), Long::sum));
    List<Flux> flux =
        modele.flux().stream()
            .map(f -> {
              long n = parFlux.getOrDefault(f.id(), 0L);
              long total = sortants.getOrDefault(f.de(), 0L);
              return new Flux(f.id(), f.de(), f.vers(), n, total == 0 ? null : Math.round(1000.0 * n / total) / 1000.0);
            })
            .toList();

    Map<String, Integer> versionParDefinition = new HashMap<>();
    choix.definitions().forEach(d -> versionParDefinition.put(d.getId(), d.getVersion()));
    Instant maintenant = horloge.instant();
    List<DossierLent> lents =
        requetes.lesPlusLents(p, maintenant, LES_PLUS_LENTS).stream()
            .map(d -> new DossierLent(d.id(), d.reference(), versionParDefinition.getOrDefault(d.definition(), 0), d.debut(), d.fin(), d.dureeMs(), d.fin() == null))
            .toList();

    List<Activite> liste = new ArrayList<>(activites.values());
    liste.sort(Comparator.comparing(Activite::passages).reversed().thenComparing(Activite::id));
    return new Statistiques(
        new Processus(choix.cle(), choix.nom(), choix.version(), choix.versions(), choix.affichee().getId()),
        periode,
        new Dossiers(ensemble.dossiers(), ensemble.termines(), ensemble.dossiers() - ensemble.termines(), new Durees(ensemble.medianeMs(), ensemble.p90Ms())),
        liste,
        flux,
        lents);
  }

  Comparaison comparer(String cle, Integer versionA, Periode periodeA, Integer versionB, Periode periodeB) {
    Statistiques a = statistiques(cle, versionA, periodeA);
    Statistiques b = statistiques(cle, versionB, periodeB);
    Map<String, Activite> deB = b.activites().stream().collect(Collectors.toMap(Activite::id, Function.identity()));
    List<EcartActivite> activites = new ArrayList<>();
    for (Activite x : a.activites()) {
      Activite y = deB.remove(x.id());
      activites.add(ecart(x, y));
    }
    deB.values().forEach(y -> activites.add(ecart(null, y)));
    Map<String, Flux> fluxB = b.flux().stream().collect(Collectors.toMap(Flux::id, Function.identity()));
    List<EcartFlux> flux = new ArrayList<>();
    for (Flux f : a.flux()) {
      Flux g = fluxB.remove(f.id());
      flux.add(new EcartFlux(f.id(), Ecart.de(f.passages(), g == null ? 0L : g.passages())));
    }
    fluxB.values().forEach(g -> flux.add(new EcartFlux(g.id(), Ecart.de(0L, g.passages()))));
    return new Comparaison(
        a,
        b,
        Ecart.de(a.dossiers().demarres(), b.dossiers().demarres()),
        Ecart.de(a.dossiers().duree().medianeMs(), b.dossiers().duree().medianeMs()),
        Ecart.de(a.dossiers().duree().p90Ms(), b.dossiers().duree().p90Ms()),
        activites,
        flux);
  }

  private static EcartActivite ecart(Activite a, Activite b) {
    Activite une = Objects.requireNonNullElse(a, b);
    return new EcartActivite(
        une.id(),
        une.nom(),
        Ecart.de(a == null ? 0L : a.passages(), b == null ? 0L : b.passages()),
        Ecart.de(a == null ? null : a.duree().medianeMs(), b == null ? null : b.duree().medianeMs()),
        Ecart.de(a == null ? null : a.duree().p90Ms(), b == null ? null : b.duree().p90Ms()));
  }

  // ---- One dossier ---------------------------------------------------------------------------

  record Parcours(String dossier, String cle, List<RequetesHistorique.Etape> etapes) {}

  Parcours parcours(String id) {
    RequetesHistorique.Dossier dossier = requetes.dossier(id);
    if (dossier == null) {
      throw new IntrouvableException("Aucun dossier d'identifiant « " + id + " » dans l'historique.");
    }
    return new Parcours(dossier.id(), dossier.cle(), requetes.parcours(id));
  }
}
