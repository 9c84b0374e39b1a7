package fr.cpam.demarches.formation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the training scenarios of {@code processes/formation/*.yml} and checks each against the
 * models it names: the procedure exists, each task is a user task of it (or of a model it calls),
 * each expected field is a field of that task's form and each value one its form offers. A file
 * that does not match is refused with French messages naming the file and the line, all at once:
 * a trainer fixes a file in one pass. YAML read with the SnakeYAML that Spring Boot ships, as
 * nodes, to keep each value's line.
 */
class Scenarios {

  static final String EMPLACEMENT = "classpath*:processes/formation/*.yml";
  static final String MODELES = "classpath*:processes/*.bpmn";
  static final String FORMULAIRES = "classpath*:processes/*.form";

  /** The procedure that starts from a doctor's notice rather than from a citizen's form. */
  static final String PROCEDURE_ARRET = "IndemnitesJournalieres";

  /** How a model names the citizen who started the dossier as a task's assignee. */
  static final String ASSURE = "${initiator}";

  /** What the outside world may do to a dossier during a scenario, with what it carries (docs/formation.md). */
  static final Map<String, Set<String>> TYPES_EVENEMENTS =
      Map.of(
          "attestation-salaire", Set.of("siret", "salairesBruts", "heuresTravaillees", "subrogation", "dernierJourTravaille",
              "salairesBrutsSixMois", "heuresTravailleesDouzeMois", "salairesBrutsDouzeMois"),
          "reponse-complement", Set.of("texte", "piece"),
          "prolongation", Set.of("jours"),
          "refus-fabrique", Set.of(),
          "jours-passent", Set.of("jours"));

  private static final Set<String> CLES = Set.of("titre", "objectif", "procedure", "assure", "depot", "evenements", "taches", "fin", "debrief");
  private static final Set<String> CLES_ASSURE = Set.of("prenom", "nom", "sexe", "naissance", "cpam", "adresse", "carte",
      "affiliation", "declarationsAnterieures", "beneficiaires", "employeur");
  private static final Set<String> CLES_BENEFICIAIRE = Set.of("prenom", "sexe", "naissance", "age", "carte");
  private static final Set<String> CLES_ADRESSE = Set.of("ligne1", "codePostal", "commune");
  private static final Set<String> CLES_TACHE = Set.of("tache", "attendu", "saisie", "raison", "indices");
  private static final Set<String> CLES_EVENEMENT = Set.of("type", "apres", "donnees");
  private static final Set<String> CARTES = Set.of("active", "aucune", "opposition");

  /**
   * The models as the scenarios see them, per procedure (its own elements and those of the models
   * it calls): its agent tasks and their forms' fields, its citizen tasks, the fields of what the
   * citizen submits to start it, and every element a dossier can end at or wait at.
   *
   * @param tachesParProcedure the agent tasks (user tasks not assigned to the initiator)
   * @param champsParTache per {@code procedure/task}, each field of its form and its choices (empty: free)
   * @param champsDeDepot per procedure, the fields of its start form or of its first citizen task
   * @param elementsParProcedure every flow element id
   * @param groupesParTache per agent task id, its candidate groups written in the model (not those an expression computes)
   * @param libellesParTache per agent task id, each field of its form as the agent sees it (its label, its choices' labels)
   */
  record Modeles(
      Map<String, Set<String>> tachesParProcedure,
      Map<String, Map<String, Set<String>>> champsParTache,
      Map<String, Map<String, Set<String>>> champsDeDepot,
      Map<String, Set<String>> elementsParProcedure,
      Map<String, Set<String>> groupesParTache,
      Map<String, Map<String, Libelle>> libellesParTache) {

    /** Reads every model and form of {@code processes/} on the class path. */
    static Modeles duClasspath() {
      var resolveur = new PathMatchingResourcePatternResolver();
      ObjectMapper json = new ObjectMapper();
      try {
        Map<String, Map<String, Set<String>>> formulaires = new HashMap<>();
        Map<String, Map<String, Libelle>> libellesParFormulaire = new HashMap<>();
        for (Resource r : resolveur.getResources(FORMULAIRES)) {
          try (InputStream in = r.getInputStream()) {
            JsonNode formulaire = json.readTree(in);
            Map<String, Set<String>> champs = new LinkedHashMap<>();
            Map<String, Libelle> libelles = new LinkedHashMap<>();
            for (JsonNode c : formulaire.path("components")) {
              if (c.hasNonNull("key")) {
                Set<String> valeurs = new LinkedHashSet<>();
                Map<String, String> choix = new LinkedHashMap<>();
                c.path("values").forEach(v -> {
                  valeurs.add(v.path("value").asText());
                  choix.put(v.path("value").asText(), v.path("label").asText(v.path("value").asText()));
                });
                champs.put(c.get("key").asText(), valeurs);
                libelles.put(c.get("key").asText(), new Libelle(c.path("label").asText(c.get("key").asText()), choix));
              }
            }
            formulaires.put(formulaire.path("id").asText(), champs);
            libellesParFormulaire.put(formulaire.path("id").asText(), libelles);
          }
        }
        Map<String, Map<String, Libelle>> libellesParTache = new HashMap<>();
        Map<String, Set<String>> taches = new HashMap<>();
        Map<String, Set<String>> elements = new HashMap<>();
        Map<String, Set<String>> appels = new HashMap<>();
        Map<String, Map<String, Set<String>>> champs = new HashMap<>();
        Map<String, Map<String, Set<String>>> depots = new HashMap<>();
        Map<String, Set<String>> groupes = new HashMap<>();
        for (Resource r : resolveur.getResources(MODELES)) {
          try (InputStream in = r.getInputStream()) {
            BpmnModelInstance modele = Bpmn.readModelFromStream(in);
            for (Process p : modele.getModelElementsByType(Process.class)) {
              Set<String> ids = new LinkedHashSet<>();
              for (UserTask t : modele.getModelElementsByType(UserTask.class)) {
                Map<String, Set<String>> formulaire = formulaires.getOrDefault(t.getCamundaFormRef(), Map.of());
                if (ASSURE.equals(t.getCamundaAssignee())) {
                  depots.putIfAbsent(p.getId(), formulaire);
                } else {
                  ids.add(t.getId());
                  champs.put(p.getId() + "/" + t.getId(), formulaire);
                  libellesParTache.put(t.getId(), libellesParFormulaire.getOrDefault(t.getCamundaFormRef(), Map.of()));
                  Set<String> candidats = new LinkedHashSet<>();
                  if (t.getCamundaCandidateGroups() != null && !t.getCamundaCandidateGroups().contains("$")) {
                    for (String g : t.getCamundaCandidateGroups().split(",")) {
                      candidats.add(g.strip());
                    }
                  }
                  groupes.put(t.getId(), candidats);
                }
              }
              for (StartEvent s : modele.getModelElementsByType(StartEvent.class)) {
                if (s.getCamundaFormRef() != null) {
                  depots.put(p.getId(), formulaires.getOrDefault(s.getCamundaFormRef(), Map.of()));
                }
              }
              taches.put(p.getId(), ids);
              Set<String> noeuds = new LinkedHashSet<>();
              modele.getModelElementsByType(FlowNode.class).forEach(n -> noeuds.add(n.getId()));
              elements.put(p.getId(), noeuds);
              Set<String> appeles = new LinkedHashSet<>();
              modele.getModelElementsByType(CallActivity.class).forEach(c -> appeles.add(c.getCalledElement()));
              appels.put(p.getId(), appeles);
            }
          }
        }
        // A procedure's tasks include those of the models it calls (the card's production…).
        Map<String, Set<String>> accessibles = new HashMap<>();
        Map<String, Set<String>> elementsAccessibles = new HashMap<>();
        for (String p : taches.keySet()) {
          Set<String> vues = new LinkedHashSet<>();
          ajouterAppeles(p, appels, vues);
          Set<String> toutes = new LinkedHashSet<>();
          Set<String> tousElements = new LinkedHashSet<>();
          Map<String, Map<String, Set<String>>> champsAccessibles = new HashMap<>();
          for (String v : vues) {
            tousElements.addAll(elements.getOrDefault(v, Set.of()));
            for (String t : taches.getOrDefault(v, Set.of())) {
              toutes.add(t);
              champsAccessibles.putIfAbsent(t, champs.get(v + "/" + t));
            }
          }
          accessibles.put(p, toutes);
          elementsAccessibles.put(p, tousElements);
          champsAccessibles.forEach((t, c) -> champs.putIfAbsent(p + "/" + t, c));
        }
        // Arrêts de travail start from the doctor's notice, not from a form (Partie.DEPOT_ARRET).
        depots.put(PROCEDURE_ARRET, Partie.DEPOT_ARRET);
        return new Modeles(accessibles, champs, depots, elementsAccessibles, groupes, libellesParTache);
      } catch (IOException e) {
        throw new IllegalStateException("Modèles de processes/ illisibles : " + e.getMessage(), e);
      }
    }

    private static void ajouterAppeles(String p, Map<String, Set<String>> appels, Set<String> vues) {
      if (vues.add(p)) {
        appels.getOrDefault(p, Set.of()).forEach(a -> ajouterAppeles(a, appels, vues));
      }
    }
  }

  /**
   * A field of an agent's form as the agent sees it.
   *
   * @param libelle the field's label ({@code Décision})
   * @param choix each value's label, for a field that offers choices ({@code accepter} → the label of that option)
   */
  record Libelle(String libelle, Map<String, String> choix) {}

  /** Every file refused, each with all its faults. */
  static class ScenariosInvalidesException extends IllegalStateException {
    final List<String> erreurs;

    ScenariosInvalidesException(List<String> erreurs) {
      super("Scénarios de formation invalides (processes/formation/) :\n- " + String.join("\n- ", erreurs));
      this.erreurs = List.copyOf(erreurs);
    }
  }

  private final Modeles modeles;

  Scenarios(Modeles modeles) {
    this.modeles = modeles;
  }

  /** Reads every scenario file of the class path, sorted by name; refuses them all if one is wrong. */
  List<Scenario> charger() {
    try {
      Resource[] fichiers = new PathMatchingResourcePatternResolver().getResources(EMPLACEMENT);
      Arrays.sort(fichiers, Comparator.comparing(Resource::getFilename));
      List<Scenario> scenarios = new ArrayList<>();
      List<String> erreurs = new ArrayList<>();
      for (Resource f : fichiers) {
        try (Reader in = new InputStreamReader(f.getInputStream(), StandardCharsets.UTF_8)) {
          Lecture lecture = new Lecture(f.getFilename());
          Scenario s = lecture.lire(in);
          erreurs.addAll(lecture.erreurs);
          if (lecture.erreurs.isEmpty()) {
            scenarios.add(s);
          }
        }
      }
      if (!erreurs.isEmpty()) {
        throw new ScenariosInvalidesException(erreurs);
      }
      return scenarios;
    } catch (IOException e) {
      throw new IllegalStateException("Scénarios de formation illisibles : " + e.getMessage(), e);
    }
  }

  /** The agent tasks of that procedure and of the models it calls (empty for an unknown one). */
  Set<String> tachesDAgent(String procedure) {
    return modeles.tachesParProcedure().getOrDefault(procedure, Set.of());
  }

  /**
   * What the agent saw in the form of that task for those values: each field's label and each
   * value's label ({@code Décision : Accepter la déclaration}); a value without a choice's label
   * as it is (a number, a text), yes/no for a box. The pages, the CSV and the debrief show
   * decisions this way, never as the stored values.
   */
  Map<String, String> commeLeFormulaire(String tache, Map<String, ?> valeurs) {
    Map<String, Libelle> libelles = modeles.libellesParTache().getOrDefault(tache, Map.of());
    Map<String, String> vus = new LinkedHashMap<>();
    if (valeurs == null) {
      return vus;
    }
    valeurs.forEach((champ, valeur) -> {
      Libelle l = libelles.get(champ);
      String texte = valeur == null ? null : String.valueOf(valeur);
      if (l != null && texte != null && l.choix().containsKey(texte)) {
        texte = l.choix().get(texte);
      } else if ("true".equals(texte) || "false".equals(texte)) {
        texte = "true".equals(texte) ? "oui" : "non";
      }
      vus.put(l == null ? champ : l.libelle(), texte);
    });
    return vus;
  }

  /** The candidate groups the model writes for that agent task (none when an expression computes them). */
  Set<String> groupesCandidats(String tache) {
    return modeles.groupesParTache().getOrDefault(tache, Set.of());
  }

  /** Reads one file; its faults, if any, are in {@link Lecture#erreurs}. */
  Lecture lecture(String fichier) {
    return new Lecture(fichier);
  }

  /** The reading of one file, collecting its faults. */
  class Lecture {
    final String fichier;
    final List<String> erreurs = new ArrayList<>();

    Lecture(String fichier) {
      this.fichier = fichier;
    }

    Scenario lire(Reader in) {
      Node racine;
      try {
        racine = new Yaml(new SafeConstructor(new LoaderOptions())).compose(in);
      } catch (MarkedYAMLException e) {
        int ligne = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
        erreur(ligne, "le YAML est illisible (" + e.getProblem() + ") ; vérifiez l'indentation et les deux-points");
        return null;
      }
      if (!(racine instanceof MappingNode m)) {
        erreur(1, "le fichier doit commencer par « titre: », « objectif: », « procedure: »…");
        return null;
      }
      Map<String, Node> cles = cles(m, CLES, "");
      String procedure = texte(cles, m, "procedure", true);
      if (procedure != null && !modeles.tachesParProcedure().containsKey(procedure)) {
        erreur(ligne(cles.get("procedure")), "la procédure « " + procedure + " » n'existe pas ; procédures connues : "
            + String.join(", ", modeles.tachesParProcedure().keySet().stream().sorted().toList()));
        procedure = null;
      }
      Scenario.Assure assure = assure(cles.get("assure"), m);
      Map<String, Object> depot = Map.of();
      if (cles.get("depot") instanceof MappingNode d) {
        depot = valeurs(d);
        if (procedure != null) {
          verifierChamps(d, modeles.champsDeDepot().getOrDefault(procedure, Map.of()), "de ce que l'assuré envoie pour " + procedure);
        }
      } else if (cles.containsKey("depot")) {
        erreur(ligne(cles.get("depot")), "« depot » : ce que l'assuré envoie, champ par champ (champ: valeur)");
      }
      List<Scenario.DecisionAttendue> taches = taches(cles.get("taches"), m, procedure);
      List<Scenario.Evenement> evenements = evenements(cles.get("evenements"), taches);
      String fin = texte(cles, m, "fin", true);
      if (fin != null && procedure != null && !modeles.elementsParProcedure().get(procedure).contains(fin)) {
        erreur(ligne(cles.get("fin")), "« fin » nomme un élément de " + procedure + " ou d'un modèle qu'il appelle (un événement de fin,"
            + " ou l'étape où le dossier attend) : « " + fin + " » n'en est pas un");
      }
      return new Scenario(fichier, texte(cles, m, "titre", true), texte(cles, m, "objectif", true), procedure, assure,
          depot, evenements, taches, fin, texte(cles, m, "debrief", true));
    }

    private Scenario.Assure assure(Node n, Node parent) {
      if (!(n instanceof MappingNode m)) {
        erreur(n == null ? ligne(parent) : ligne(n), "« assure » manque : l'assuré fictif (prenom, nom, sexe, naissance…)");
        return null;
      }
      Map<String, Node> cles = cles(m, CLES_ASSURE, "assure.");
      String sexe = sexe(cles, m, true);
      String carte = texte(cles, m, "carte", false);
      if (carte != null && !CARTES.contains(carte)) {
        erreur(ligne(cles.get("carte")), "« carte » vaut active, aucune ou opposition, pas « " + carte + " »");
      }
      String cpam = texte(cles, m, "cpam", false);
      if (cpam != null && !cpam.matches("\\d{3}")) {
        erreur(ligne(cles.get("cpam")), "« cpam » est le code à 3 chiffres de la caisse, entre guillemets (\"751\")");
      }
      Scenario.Adresse adresse = null;
      if (cles.get("adresse") instanceof MappingNode am) {
        Map<String, Node> ca = cles(am, CLES_ADRESSE, "assure.adresse.");
        adresse = new Scenario.Adresse(texte(ca, am, "ligne1", true), texte(ca, am, "codePostal", true), texte(ca, am, "commune", true));
      }
      List<Scenario.Beneficiaire> beneficiaires = new ArrayList<>();
      if (cles.get("beneficiaires") instanceof SequenceNode liste) {
        for (Node b : liste.getValue()) {
          if (b instanceof MappingNode bm) {
            beneficiaires.add(beneficiaire(bm));
          } else {
            erreur(ligne(b), "un bénéficiaire s'écrit « - prenom: … » puis « age: » (ou « naissance: AAAA-MM-JJ »)");
          }
        }
      }
      Scenario.Employeur employeur = null;
      if (cles.get("employeur") instanceof MappingNode em) {
        Map<String, Node> ce = cles(em, Set.of("siret", "raisonSociale"), "assure.employeur.");
        employeur = new Scenario.Employeur(siret(ce, em, "siret", true), texte(ce, em, "raisonSociale", true));
      }
      Integer anterieures = entier(cles, "declarationsAnterieures", 0, 5);
      return new Scenario.Assure(texte(cles, m, "prenom", true), texte(cles, m, "nom", true), sexe,
          date(cles, m, "naissance", true), cpam == null ? "751" : cpam, adresse, carte == null ? "active" : carte,
          date(cles, m, "affiliation", false), anterieures == null ? 0 : anterieures, beneficiaires, employeur);
    }

    private Scenario.Beneficiaire beneficiaire(MappingNode bm) {
      Map<String, Node> cb = cles(bm, CLES_BENEFICIAIRE, "assure.beneficiaires.");
      Integer age = entier(cb, "age", 0, 25);
      LocalDate naissance = date(cb, bm, "naissance", false);
      if (cb.containsKey("age") == cb.containsKey("naissance")) {
        erreur(ligne(bm), "un bénéficiaire a un « age » (en années) ou une « naissance » (AAAA-MM-JJ), l'un des deux");
      }
      String carte = texte(cb, bm, "carte", false);
      if (carte != null && !Set.of("active", "aucune").contains(carte)) {
        erreur(ligne(cb.get("carte")), "la « carte » d'un bénéficiaire vaut active ou aucune, pas « " + carte + " »");
      }
      return new Scenario.Beneficiaire(texte(cb, bm, "prenom", true), sexe(cb, bm, false), naissance, age,
          carte == null ? "aucune" : carte);
    }

    private List<Scenario.DecisionAttendue> taches(Node n, Node parent, String procedure) {
      List<Scenario.DecisionAttendue> taches = new ArrayList<>();
      if (!(n instanceof SequenceNode liste) || liste.getValue().isEmpty()) {
        erreur(n == null ? ligne(parent) : ligne(n), "« taches » manque : au moins une tâche d'agent, avec la décision attendue");
        return taches;
      }
      for (Node t : liste.getValue()) {
        if (!(t instanceof MappingNode tm)) {
          erreur(ligne(t), "une tâche s'écrit « - tache: Task_… » puis « attendu: », « raison: »");
          continue;
        }
        Map<String, Node> cles = cles(tm, CLES_TACHE, "taches.");
        String tache = texte(cles, tm, "tache", true);
        boolean connue = procedure != null && tache != null && tacheConnue(procedure, tache, cles.get("tache"));
        Map<String, Set<String>> champs = connue ? modeles.champsParTache().getOrDefault(procedure + "/" + tache, Map.of()) : null;
        Map<String, Object> attendu = new LinkedHashMap<>();
        if (cles.get("attendu") instanceof MappingNode am) {
          attendu = valeurs(am);
          if (champs != null) {
            verifierChamps(am, champs, "du formulaire de " + tache);
          }
        } else {
          erreur(cles.get("attendu") == null ? ligne(tm) : ligne(cles.get("attendu")),
              "« attendu » manque : les champs de décision de la tâche et leur valeur attendue (decision: accepter)");
        }
        Map<String, Object> saisie = new LinkedHashMap<>();
        if (cles.get("saisie") instanceof MappingNode sm) {
          saisie = valeurs(sm);
          if (champs != null) {
            verifierChamps(sm, champs, "du formulaire de " + tache);
          }
        } else if (cles.containsKey("saisie")) {
          erreur(ligne(cles.get("saisie")), "« saisie » : les autres champs d'une réponse modèle, champ par champ (reponse: …)");
        }
        List<String> indices = new ArrayList<>();
        if (cles.get("indices") instanceof SequenceNode is) {
          is.getValue().forEach(i -> indices.add(i instanceof ScalarNode s ? s.getValue() : ""));
        }
        taches.add(new Scenario.DecisionAttendue(tache, attendu, saisie, texte(cles, tm, "raison", true), indices, ligne(tm)));
      }
      return taches;
    }

    private boolean tacheConnue(String procedure, String tache, Node noeudTache) {
      if (modeles.tachesParProcedure().get(procedure).contains(tache)) {
        return true;
      }
      String quoi = modeles.elementsParProcedure().get(procedure).contains(tache)
          ? "n'est pas une tâche d'agent de " + procedure + " (ce que fait l'assuré s'écrit dans « depot » ou « evenements »)"
          : "n'est pas une tâche de " + procedure;
      erreur(ligne(noeudTache), "la tâche « " + tache + " » " + quoi + " ; ses tâches : "
          + String.join(", ", modeles.tachesParProcedure().get(procedure)));
      return false;
    }

    /** Each key a field of the form, each value one of its choices when the form offers choices. */
    private void verifierChamps(MappingNode valeurs, Map<String, Set<String>> champs, String de) {
      for (NodeTuple t : valeurs.getValue()) {
        String champ = ((ScalarNode) t.getKeyNode()).getValue();
        if (!champs.containsKey(champ)) {
          erreur(ligne(t.getKeyNode()), "« " + champ + " » n'est pas un champ " + de + " ; ses champs : "
              + String.join(", ", champs.keySet()));
        } else if (!champs.get(champ).isEmpty() && t.getValueNode() instanceof ScalarNode v
            && !champs.get(champ).contains(v.getValue())) {
          erreur(ligne(t.getValueNode()), "« " + v.getValue() + " » n'est pas un choix de « " + champ + " » "
              + de.replaceFirst("^du formulaire de ", "dans ") + " ; choix possibles : " + String.join(", ", champs.get(champ)));
        }
      }
    }

    private List<Scenario.Evenement> evenements(Node n, List<Scenario.DecisionAttendue> taches) {
      List<Scenario.Evenement> evenements = new ArrayList<>();
      if (n == null) {
        return evenements;
      }
      if (!(n instanceof SequenceNode liste)) {
        erreur(ligne(n), "« evenements » est une liste (« - type: … »)");
        return evenements;
      }
      for (Node e : liste.getValue()) {
        if (!(e instanceof MappingNode em)) {
          erreur(ligne(e), "un événement s'écrit « - type: … » puis « apres: », « donnees: »");
          continue;
        }
        Map<String, Node> cles = cles(em, CLES_EVENEMENT, "evenements.");
        String type = texte(cles, em, "type", true);
        if (type != null && !TYPES_EVENEMENTS.containsKey(type)) {
          erreur(ligne(cles.get("type")), "type d'événement inconnu « " + type + " » ; types : "
              + String.join(", ", TYPES_EVENEMENTS.keySet().stream().sorted().toList()));
          type = null;
        }
        String apres = texte(cles, em, "apres", false);
        if (apres != null && taches.stream().noneMatch(t -> apres.equals(t.tache()))) {
          erreur(ligne(cles.get("apres")), "« apres » nomme une tâche du scénario (« " + apres + " » n'en est pas une)");
        }
        Map<String, Object> donnees = Map.of();
        if (cles.get("donnees") instanceof MappingNode d) {
          donnees = valeurs(d);
          if (type != null) {
            for (NodeTuple t : d.getValue()) {
              String cle = ((ScalarNode) t.getKeyNode()).getValue();
              if (!TYPES_EVENEMENTS.get(type).contains(cle)) {
                erreur(ligne(t.getKeyNode()), "« " + cle + " » n'est pas une donnée de « " + type + " » ; données possibles : "
                    + String.join(", ", TYPES_EVENEMENTS.get(type).stream().sorted().toList()));
              }
            }
          }
        }
        evenements.add(new Scenario.Evenement(type, apres, donnees, ligne(em)));
      }
      return evenements;
    }

    /** The keys of a mapping; an unknown one is a fault at its line. */
    private Map<String, Node> cles(MappingNode m, Set<String> connues, String prefixe) {
      Map<String, Node> cles = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        String cle = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
        if (!connues.contains(cle)) {
          erreur(ligne(t.getKeyNode()), "clé inconnue « " + prefixe + cle + " » ; clés possibles : "
              + String.join(", ", connues.stream().sorted().toList()));
        } else if (cles.put(cle, t.getValueNode()) != null) {
          erreur(ligne(t.getKeyNode()), "« " + prefixe + cle + " » est écrit deux fois");
        }
      }
      return cles;
    }

    private String texte(Map<String, Node> cles, Node parent, String cle, boolean requis) {
      Node n = cles.get(cle);
      if (n instanceof ScalarNode s && !s.getValue().isBlank()) {
        return s.getValue().strip();
      }
      if (n != null) {
        erreur(ligne(n), "« " + cle + " » attend un texte");
      } else if (requis) {
        erreur(ligne(parent), "« " + cle + " » manque");
      }
      return null;
    }

    private String sexe(Map<String, Node> cles, Node parent, boolean requis) {
      String sexe = texte(cles, parent, "sexe", requis);
      if (sexe != null && !Set.of("F", "M").contains(sexe)) {
        erreur(ligne(cles.get("sexe")), "« sexe » vaut F ou M, pas « " + sexe + " »");
        return null;
      }
      return sexe;
    }

    private String siret(Map<String, Node> cles, Node parent, String cle, boolean requis) {
      String siret = texte(cles, parent, cle, requis);
      if (siret != null && !siret.matches("\\d{14}")) {
        erreur(ligne(cles.get(cle)), "« " + cle + " » compte 14 chiffres, entre guillemets (\"73282932000074\")");
        return null;
      }
      return siret;
    }

    private Integer entier(Map<String, Node> cles, String cle, int min, int max) {
      Node n = cles.get(cle);
      if (n == null) {
        return null;
      }
      if (n instanceof ScalarNode s && s.getValue().matches("-?\\d{1,4}")) {
        int valeur = Integer.parseInt(s.getValue());
        if (valeur >= min && valeur <= max) {
          return valeur;
        }
      }
      erreur(ligne(n), "« " + cle + " » est un nombre entier de " + min + " à " + max);
      return null;
    }

    private LocalDate date(Map<String, Node> cles, Node parent, String cle, boolean requis) {
      String valeur = texte(cles, parent, cle, requis);
      if (valeur == null) {
        return null;
      }
      try {
        return LocalDate.parse(valeur);
      } catch (DateTimeParseException e) {
        erreur(ligne(cles.get(cle)), "« " + cle + " » est une date AAAA-MM-JJ, pas « " + valeur + " »");
        return null;
      }
    }

    private Map<String, Object> valeurs(MappingNode m) {
      Map<String, Object> valeurs = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        valeurs.put(((ScalarNode) t.getKeyNode()).getValue(), valeur(t.getValueNode()));
      }
      return valeurs;
    }

    private Object valeur(Node n) {
      if (n instanceof MappingNode m) {
        return valeurs(m);
      }
      if (n instanceof SequenceNode s) {
        return s.getValue().stream().map(this::valeur).toList();
      }
      // YAML's own types: true/false, whole and decimal numbers; anything quoted stays a text.
      ScalarNode s = (ScalarNode) n;
      if (Tag.BOOL.equals(s.getTag())) {
        return Boolean.parseBoolean(s.getValue());
      }
      if (Tag.INT.equals(s.getTag())) {
        return Long.parseLong(s.getValue());
      }
      if (Tag.FLOAT.equals(s.getTag())) {
        return new java.math.BigDecimal(s.getValue());
      }
      return s.getValue();
    }

    private int ligne(Node n) {
      return n.getStartMark().getLine() + 1;
    }

    private void erreur(int ligne, String message) {
      erreurs.add(fichier + ", ligne " + ligne + " : " + message);
    }
  }
}
