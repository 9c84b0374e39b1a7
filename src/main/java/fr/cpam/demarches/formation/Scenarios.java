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
import org.camunda.bpm.model.bpmn.instance.Process;
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

  /** What the outside world may do to a dossier during a scenario (docs/formation.md). */
  static final Map<String, String> TYPES_EVENEMENTS =
      Map.of(
          "attestation-salaire", "l'employeur envoie une attestation de salaire (donnees : siret, salairesBruts, heuresTravaillees, subrogation)",
          "refus-fabrique", "la fabrique de cartes refuse la commande (donnees : motif)",
          "reponse-complement", "l'assuré répond à une demande de complément (donnees : texte, piece)",
          "prolongation", "le médecin envoie une prolongation de l'arrêt (donnees : dateFin)",
          "jours-passent", "des jours passent sur l'horloge de la salle (donnees : jours)");

  private static final Set<String> CLES = Set.of("titre", "objectif", "procedure", "assure", "depot", "evenements", "taches", "debrief");
  private static final Set<String> CLES_ASSURE = Set.of("prenom", "nom", "sexe", "naissance", "cpam", "carte", "beneficiaires", "employeur");
  private static final Set<String> CLES_TACHE = Set.of("tache", "attendu", "raison", "indices");
  private static final Set<String> CLES_EVENEMENT = Set.of("type", "apres", "donnees");
  private static final Set<String> CARTES = Set.of("active", "aucune", "opposition");

  /** The models as the scenarios see them: per procedure, its user tasks and their forms. */
  record Modeles(Map<String, Set<String>> tachesParProcedure, Map<String, Map<String, Set<String>>> champsParTache) {

    /** Reads every model and form of {@code processes/} on the class path. */
    static Modeles duClasspath() {
      var resolveur = new PathMatchingResourcePatternResolver();
      ObjectMapper json = new ObjectMapper();
      try {
        Map<String, Map<String, Set<String>>> formulaires = new HashMap<>();
        for (Resource r : resolveur.getResources(FORMULAIRES)) {
          try (InputStream in = r.getInputStream()) {
            JsonNode formulaire = json.readTree(in);
            Map<String, Set<String>> champs = new LinkedHashMap<>();
            for (JsonNode c : formulaire.path("components")) {
              if (c.hasNonNull("key")) {
                Set<String> valeurs = new LinkedHashSet<>();
                c.path("values").forEach(v -> valeurs.add(v.path("value").asText()));
                champs.put(c.get("key").asText(), valeurs);
              }
            }
            formulaires.put(formulaire.path("id").asText(), champs);
          }
        }
        Map<String, Set<String>> taches = new HashMap<>();
        Map<String, Set<String>> appels = new HashMap<>();
        Map<String, Map<String, Set<String>>> champs = new HashMap<>();
        for (Resource r : resolveur.getResources(MODELES)) {
          try (InputStream in = r.getInputStream()) {
            BpmnModelInstance modele = Bpmn.readModelFromStream(in);
            for (Process p : modele.getModelElementsByType(Process.class)) {
              Set<String> ids = new LinkedHashSet<>();
              for (UserTask t : modele.getModelElementsByType(UserTask.class)) {
                ids.add(t.getId());
                champs.put(p.getId() + "/" + t.getId(), formulaires.getOrDefault(t.getCamundaFormRef(), Map.of()));
              }
              taches.put(p.getId(), ids);
              Set<String> appeles = new LinkedHashSet<>();
              modele.getModelElementsByType(CallActivity.class).forEach(c -> appeles.add(c.getCalledElement()));
              appels.put(p.getId(), appeles);
            }
          }
        }
        // A procedure's tasks include those of the models it calls (the card's production…).
        Map<String, Set<String>> accessibles = new HashMap<>();
        for (String p : taches.keySet()) {
          Set<String> vues = new LinkedHashSet<>();
          ajouterAppeles(p, appels, vues);
          Set<String> toutes = new LinkedHashSet<>();
          Map<String, Map<String, Set<String>>> champsAccessibles = new HashMap<>();
          for (String v : vues) {
            for (String t : taches.getOrDefault(v, Set.of())) {
              toutes.add(t);
              champsAccessibles.putIfAbsent(t, champs.get(v + "/" + t));
            }
          }
          accessibles.put(p, toutes);
          champsAccessibles.forEach((t, c) -> champs.putIfAbsent(p + "/" + t, c));
        }
        return new Modeles(accessibles, champs);
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
      Map<String, Object> depot = cles.get("depot") instanceof MappingNode d ? valeurs(d) : Map.of();
      if (cles.containsKey("depot") && !(cles.get("depot") instanceof MappingNode)) {
        erreur(ligne(cles.get("depot")), "« depot » : ce que l'assuré envoie, champ par champ (champ: valeur)");
      }
      List<Scenario.DecisionAttendue> taches = taches(cles.get("taches"), m, procedure);
      List<Scenario.Evenement> evenements = evenements(cles.get("evenements"), taches);
      return new Scenario(fichier, texte(cles, m, "titre", true), texte(cles, m, "objectif", true), procedure, assure,
          depot, evenements, taches, texte(cles, m, "debrief", true));
    }

    private Scenario.Assure assure(Node n, Node parent) {
      if (!(n instanceof MappingNode m)) {
        erreur(n == null ? ligne(parent) : ligne(n), "« assure » manque : l'assuré fictif (prenom, nom, sexe, naissance…)");
        return null;
      }
      Map<String, Node> cles = cles(m, CLES_ASSURE, "assure.");
      String sexe = texte(cles, m, "sexe", true);
      if (sexe != null && !Set.of("F", "M").contains(sexe)) {
        erreur(ligne(cles.get("sexe")), "« sexe » vaut F ou M, pas « " + sexe + " »");
      }
      String carte = texte(cles, m, "carte", false);
      if (carte != null && !CARTES.contains(carte)) {
        erreur(ligne(cles.get("carte")), "« carte » vaut active, aucune ou opposition, pas « " + carte + " »");
      }
      List<Scenario.Beneficiaire> beneficiaires = new ArrayList<>();
      if (cles.get("beneficiaires") instanceof SequenceNode liste) {
        for (Node b : liste.getValue()) {
          if (b instanceof MappingNode bm) {
            Map<String, Node> cb = cles(bm, Set.of("prenom", "naissance"), "assure.beneficiaires.");
            beneficiaires.add(new Scenario.Beneficiaire(texte(cb, bm, "prenom", true), date(cb, bm, "naissance")));
          } else {
            erreur(ligne(b), "un bénéficiaire s'écrit « - prenom: … » puis « naissance: AAAA-MM-JJ »");
          }
        }
      }
      Scenario.Employeur employeur = null;
      if (cles.get("employeur") instanceof MappingNode em) {
        Map<String, Node> ce = cles(em, Set.of("siret", "raisonSociale"), "assure.employeur.");
        String siret = texte(ce, em, "siret", true);
        if (siret != null && !siret.matches("\\d{14}")) {
          erreur(ligne(ce.get("siret")), "« siret » compte 14 chiffres, entre guillemets (\"73282932000074\")");
        }
        employeur = new Scenario.Employeur(siret, texte(ce, em, "raisonSociale", true));
      }
      return new Scenario.Assure(texte(cles, m, "prenom", true), texte(cles, m, "nom", true), sexe,
          date(cles, m, "naissance"), texte(cles, m, "cpam", false), carte == null ? "active" : carte, beneficiaires, employeur);
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
        Map<String, Object> attendu = new LinkedHashMap<>();
        if (cles.get("attendu") instanceof MappingNode am) {
          attendu = valeurs(am);
          if (procedure != null && tache != null) {
            verifierAttendu(procedure, tache, cles.get("tache"), am);
          }
        } else {
          erreur(cles.get("attendu") == null ? ligne(tm) : ligne(cles.get("attendu")),
              "« attendu » manque : les champs de décision de la tâche et leur valeur attendue (decision: accepter)");
        }
        List<String> indices = new ArrayList<>();
        if (cles.get("indices") instanceof SequenceNode is) {
          is.getValue().forEach(i -> indices.add(i instanceof ScalarNode s ? s.getValue() : ""));
        }
        taches.add(new Scenario.DecisionAttendue(tache, attendu, texte(cles, tm, "raison", true), indices, ligne(tm)));
      }
      return taches;
    }

    private void verifierAttendu(String procedure, String tache, Node noeudTache, MappingNode attendu) {
      if (!modeles.tachesParProcedure().get(procedure).contains(tache)) {
        erreur(ligne(noeudTache), "la tâche « " + tache + " » n'est pas une tâche de " + procedure + " ; ses tâches : "
            + String.join(", ", modeles.tachesParProcedure().get(procedure)));
        return;
      }
      Map<String, Set<String>> champs = modeles.champsParTache().getOrDefault(procedure + "/" + tache, Map.of());
      for (NodeTuple t : attendu.getValue()) {
        String champ = ((ScalarNode) t.getKeyNode()).getValue();
        if (!champs.containsKey(champ)) {
          erreur(ligne(t.getKeyNode()), "« " + champ + " » n'est pas un champ du formulaire de " + tache + " ; ses champs : "
              + String.join(", ", champs.keySet()));
        } else if (!champs.get(champ).isEmpty() && t.getValueNode() instanceof ScalarNode v
            && !champs.get(champ).contains(v.getValue())) {
          erreur(ligne(t.getValueNode()), "« " + v.getValue() + " » n'est pas un choix de « " + champ + " » dans " + tache
              + " ; choix possibles : " + String.join(", ", champs.get(champ)));
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
        }
        String apres = texte(cles, em, "apres", false);
        if (apres != null && taches.stream().noneMatch(t -> apres.equals(t.tache()))) {
          erreur(ligne(cles.get("apres")), "« apres » nomme une tâche du scénario (« " + apres + " » n'en est pas une)");
        }
        Map<String, Object> donnees = cles.get("donnees") instanceof MappingNode d ? valeurs(d) : Map.of();
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

    private LocalDate date(Map<String, Node> cles, Node parent, String cle) {
      String valeur = texte(cles, parent, cle, true);
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
      return ((ScalarNode) n).getValue();
    }

    private int ligne(Node n) {
      return n.getStartMark().getLine() + 1;
    }

    private void erreur(int ligne, String message) {
      erreurs.add(fichier + ", ligne " + ligne + " : " + message);
    }
  }
}
