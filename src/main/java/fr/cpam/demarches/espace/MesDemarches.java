package fr.cpam.demarches.espace;

import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.commun.SuiviDossiers;
import fr.cpam.demarches.commun.SuiviDossiers.Dossier;
import fr.cpam.demarches.commun.SuiviDossiers.Etape;
import fr.cpam.demarches.delais.DelaisTraitement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * "Mes démarches": the dossiers every procedure reports ({@link SuiviDossiers}), merged newest
 * first by pages of {@value #TAILLE}; for each, her open task in Tasklist if there is one, and the
 * date she can expect an answer from the processing delays of her CPAM. A dossier's timeline adds
 * to the procedure's records the tasks she completed, from the engine's history.
 */
@Component
class MesDemarches {

  static final int TAILLE = 20;
  /** Beyond this page, the pages would read too many rows at once: the last ones are not shown. */
  static final int PAGE_MAX = 24;

  private final List<SuiviDossiers> suivis;
  private final TaskService taches;
  private final HistoryService historique;
  private final DelaisTraitement delais;
  private final Tasklist tasklist;

  MesDemarches(List<SuiviDossiers> suivis, TaskService taches, HistoryService historique, DelaisTraitement delais, Tasklist tasklist) {
    this.suivis = suivis;
    this.taches = taches;
    this.historique = historique;
    this.delais = delais;
    this.tasklist = tasklist;
  }

  /** A dossier as a line of the page: her open task (name and where it opens), the date to expect. */
  record Ligne(Dossier dossier, String tache, String lienTache, LocalDate reponseAttendue) {}

  record Page(List<Ligne> lignes, int page, int totalPages, long total) {}

  Page page(String compte, DelaisTraitement.Cpam cpam, int demandee) {
    int page = Math.max(0, Math.min(demandee, PAGE_MAX));
    int jusqua = (page + 1) * TAILLE;
    List<Dossier> tous = suivis.stream()
        .flatMap(s -> s.recents(compte, jusqua).stream())
        .sorted(Comparator.comparing(Dossier::ouvertLe).reversed().thenComparing(Dossier::reference))
        .toList();
    List<Dossier> dossiers = tous.subList(Math.min(page * TAILLE, tous.size()), Math.min(jusqua, tous.size()));
    long total = suivis.stream().mapToLong(s -> s.nombre(compte)).sum();
    Map<String, Task> ouvertes = tachesOuvertes(compte, dossiers.stream().map(Dossier::reference).toList());
    Map<String, java.util.OptionalInt> jours = new java.util.HashMap<>();
    List<Ligne> lignes = dossiers.stream().map(d -> ligne(d, ouvertes.get(d.reference()), cpam, jours)).toList();
    return new Page(lignes, page, (int) Math.min(PAGE_MAX + 1, (total + TAILLE - 1) / TAILLE), total);
  }

  /** Her dossiers in progress among the most recent ones of each procedure (the home page), at most {@code nombre}. */
  List<Ligne> enCours(String compte, DelaisTraitement.Cpam cpam, int nombre) {
    List<Dossier> dossiers = suivis.stream()
        .flatMap(s -> s.recents(compte, RECENTS_ACCUEIL).stream())
        .filter(Dossier::enCours)
        .sorted(Comparator.comparing(Dossier::ouvertLe).reversed().thenComparing(Dossier::reference))
        .limit(nombre)
        .toList();
    Map<String, Task> ouvertes = tachesOuvertes(compte, dossiers.stream().map(Dossier::reference).toList());
    Map<String, java.util.OptionalInt> jours = new java.util.HashMap<>();
    return dossiers.stream().map(d -> ligne(d, ouvertes.get(d.reference()), cpam, jours)).toList();
  }

  /** The engine's reason for the end of a task completed by its form. */
  private static final String TACHE_COMPLETEE = "completed";

  /** How far back the home page looks in each procedure for dossiers in progress. */
  static final int RECENTS_ACCUEIL = 10;

  /** One dossier of hers with its timeline; empty when it does not exist or is not hers (the same answer). */
  Optional<Ligne> dossier(String compte, DelaisTraitement.Cpam cpam, String reference) {
    Optional<Dossier> trouve = suivis.stream().filter(s -> s.peutTenir(reference))
        .map(s -> s.dossier(compte, reference)).flatMap(Optional::stream).findFirst();
    if (trouve.isEmpty()) {
      return Optional.empty();
    }
    Dossier d = trouve.get();
    List<Etape> etapes = new ArrayList<>(d.etapes());
    // Her completed tasks; not those the dossier's end took away (a démarche she gave up).
    historique.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference).taskAssignee(compte).finished().list().stream()
        .filter(t -> TACHE_COMPLETEE.equals(t.getDeleteReason()))
        .forEach(t -> etapes.add(new Etape(t.getEndTime().toInstant(), "Vous avez répondu à « " + t.getName() + " »", null)));
    etapes.sort(Comparator.comparing(Etape::date));
    Dossier complet = new Dossier(d.reference(), d.demarche(), d.beneficiaire(), d.statut(), d.enCours(), d.ouvertLe(), etapes,
        d.attente(), d.thematiqueDelais(), d.documents());
    return Optional.of(ligne(complet, tachesOuvertes(compte, List.of(reference)).get(reference), cpam));
  }

  private Ligne ligne(Dossier d, Task tache, DelaisTraitement.Cpam cpam) {
    return ligne(d, tache, cpam, new java.util.HashMap<>());
  }

  /** @param delais the days of each thématique already asked for this page: one estimate per thématique */
  private Ligne ligne(Dossier d, Task tache, DelaisTraitement.Cpam cpam, Map<String, java.util.OptionalInt> delais) {
    return new Ligne(d, tache == null ? null : tache.getName(), tache == null ? null : tasklist.tache(tache.getId()),
        d.enCours() ? reponseAttendue(d, cpam, delais) : null);
  }

  /** Her active tasks in these dossiers (one query), by the dossier's reference (its business key). */
  private Map<String, Task> tachesOuvertes(String compte, List<String> references) {
    if (references.isEmpty()) {
      return Map.of();
    }
    List<Task> liste = taches.createTaskQuery().taskAssignee(compte).processInstanceBusinessKeyIn(references.toArray(String[]::new))
        .active().list();
    if (liste.isEmpty()) {
      return Map.of();
    }
    Map<String, String> cles = historique.createHistoricProcessInstanceQuery()
        .processInstanceIds(liste.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list().stream()
        .collect(Collectors.toMap(p -> p.getId(), p -> p.getBusinessKey(), (a, b) -> a));
    return liste.stream().collect(Collectors.toMap(t -> cles.get(t.getProcessInstanceId()), Function.identity(), (a, b) -> a));
  }

  /** The day the délais of her CPAM give for a dossier of this thématique opened that day. */
  private LocalDate reponseAttendue(Dossier d, DelaisTraitement.Cpam cpam, Map<String, java.util.OptionalInt> jours) {
    if (d.thematiqueDelais() == null) {
      return null;
    }
    java.util.OptionalInt delai = jours.computeIfAbsent(d.thematiqueDelais(), t -> delais.delaiEstimeJours(t, cpam));
    return delai.isPresent() ? LocalDate.ofInstant(d.ouvertLe(), Fuseau.PARIS).plusDays(delai.getAsInt()) : null;
  }
}
