package fr.cpam.demarches.engine.interne;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.core.model.PropertyKey;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person may submit at each start and each user task of the deployed models, and what
 * she may read through it: the fields of its Camunda Form ({@code camunda:formRef}) and, where
 * a form is not enough, a list next to it in the model ({@code camunda:properties} of the start
 * event or user task, see {@link #PREFIXE_SAISIE} and {@link #PREFIXE_LECTURE}).
 *
 * <p>From a form: each keyed component is a field (textfield, textarea: a text of at most its
 * {@code validate.maxLength}, 255 and 4 000 characters otherwise; number; checkbox: true or false;
 * radio and select: one of their values when the form lists them; datetime: a date or its text).
 * A {@code disabled} field is shown, never submitted (the form does not send it); a
 * {@code readonly} one is sent back by the form as it was shown, and accepted only unchanged.
 * Read through the task: every component key, the variables its options come from
 * ({@code valuesKey}) and every variable its texts and conditions name.
 *
 * <p>Computed once per process definition and activity, for every deployed model when the
 * application starts, then kept; a deployment of forms on this node forgets them (a form
 * redeployed alone is read again then; another node reads it at its next start).
 */
final class SaisiesDeclarees {

  private static final Logger LOG = LoggerFactory.getLogger(SaisiesDeclarees.class);

  /** {@code <camunda:property name="saisie.photo" value="fichier 2 Mo"/>}: an accepted variable the form cannot declare. */
  static final String PREFIXE_SAISIE = "saisie.";
  /** {@code <camunda:property name="lecture.questionCpam" value="..."/>}: a variable read through the task besides its form's. */
  static final String PREFIXE_LECTURE = "lecture.";
  /** Where the parse listener keeps those properties on the activity. */
  static final PropertyKey<Map<String, String>> PROPRIETES = new PropertyKey<>("demarchesCpamProprietes");

  static final int TEXTE_COURT_MAX = 255;
  /** The engine keeps a text variable in a 4 000-character column. */
  static final int TEXTE_MAX = 4000;

  /** What kind of value a field takes. */
  enum Genre {
    TEXTE("un texte"),
    NOMBRE("un nombre"),
    BOOLEEN("oui ou non (true ou false)"),
    DATE("une date"),
    FICHIER("un fichier");

    final String libelle;

    Genre(String libelle) {
      this.libelle = libelle;
    }
  }

  /**
   * One field a person may send: its kind, its limit (characters for a text, bytes for a file,
   * 0 for none), the values it may take (empty: any) and whether it is shown read-only.
   */
  record Champ(String nom, Genre genre, long limite, Set<String> valeurs, boolean lectureSeule) {}

  /**
   * The fields accepted at one start or task ({@code lieu}: its name, for the messages), and the
   * variables read through it.
   */
  record Declaration(String lieu, Map<String, Champ> champs, Set<String> lisibles) {
    static final Declaration VIDE = new Declaration("", Map.of(), Set.of());
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TYPES_TEXTE = Set.of("textfield", "textarea", "radio", "select", "datetime");
  private static final Pattern GABARIT = Pattern.compile("\\{\\{\\s*[#/]?(?:if|each|with|unless)?\\s*([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern IDENTIFIANT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern CHAINE = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Set<String> MOTS_FEEL =
      Set.of("and", "or", "not", "true", "false", "null", "if", "then", "else", "for", "in", "return", "some",
          "every", "satisfies", "instance", "of", "between", "function", "string", "number", "date", "time",
          "count", "sum", "contains", "upper", "lower", "case", "substring", "length", "is", "defined");
  private static final Pattern LIMITE = Pattern.compile("(\\d+)\\s*(mo|ko|o|caracteres|caractères)?", Pattern.CASE_INSENSITIVE);

  private final Map<String, Declaration> cache = new ConcurrentHashMap<>();

  /** What the task's form accepts and shows. */
  Declaration pourTache(TaskEntity tache, CommandContext contexte) {
    if (tache.getProcessDefinitionId() == null || tache.getTaskDefinitionKey() == null) {
      return Declaration.VIDE;
    }
    return pourTache(tache.getProcessDefinition(), tache.getTaskDefinitionKey(), contexte);
  }

  /** What the form of a user task of this process accepts and shows. */
  Declaration pourTache(ProcessDefinitionEntity processus, String cleTache, CommandContext contexte) {
    return cache.computeIfAbsent(
        processus.getId() + "|" + cleTache,
        cle -> {
          ActivityImpl activite = processus.findActivity(cleTache);
          TaskDefinition definition =
              activite != null && activite.getActivityBehavior() instanceof UserTaskActivityBehavior tache
                  ? tache.getTaskDefinition()
                  : null;
          return declarer(
              "« " + (activite != null && activite.getName() != null ? activite.getName() : cleTache) + " »",
              definition == null ? null : definition.getFormDefinition(),
              processus.getDeploymentId(),
              activite,
              contexte);
        });
  }

  /**
   * Reads the forms of every start and user task of these processes now, so that no person's
   * request pays for it (2 statements per form).
   */
  void lireToutes(List<ProcessDefinitionEntity> processus, CommandContext contexte) {
    for (ProcessDefinitionEntity definition : processus) {
      pourDemarrage(definition, contexte);
      for (ActivityImpl activite : activites(definition.getActivities())) {
        if (activite.getActivityBehavior() instanceof UserTaskActivityBehavior) {
          pourTache(definition, activite.getId(), contexte);
        }
      }
    }
  }

  private static List<ActivityImpl> activites(List<ActivityImpl> niveau) {
    List<ActivityImpl> toutes = new java.util.ArrayList<>();
    for (ActivityImpl activite : niveau) {
      toutes.add(activite);
      toutes.addAll(activites(activite.getActivities()));
    }
    return toutes;
  }

  /** What the start form of the process accepts. */
  Declaration pourDemarrage(ProcessDefinitionEntity processus, CommandContext contexte) {
    return cache.computeIfAbsent(
        processus.getId() + "|",
        cle -> declarer(
            "« " + (processus.getName() != null ? processus.getName() : processus.getKey()) + " »",
            processus.getStartFormDefinition(),
            processus.getDeploymentId(),
            (ActivityImpl) processus.getInitial(),
            contexte));
  }

  /** A deployment on this node: forms and models are read again when next used. */
  void oublier() {
    cache.clear();
  }

  private Declaration declarer(
      String lieu, FormDefinition formulaire, String deploiement, ActivityImpl activite, CommandContext contexte) {
    Map<String, Champ> champs = new LinkedHashMap<>();
    Set<String> lisibles = new LinkedHashSet<>();
    JsonNode schema = schema(formulaire, deploiement, contexte);
    if (schema != null) {
      lire(schema.path("components"), champs, lisibles);
    }
    Map<String, String> proprietes = activite == null ? null : activite.getProperties().get(PROPRIETES);
    if (proprietes != null) {
      proprietes.forEach((nom, valeur) -> {
        if (nom.startsWith(PREFIXE_SAISIE)) {
          Champ champ = champ(nom.substring(PREFIXE_SAISIE.length()), valeur);
          champs.put(champ.nom(), champ);
          lisibles.add(champ.nom());
        } else if (nom.startsWith(PREFIXE_LECTURE)) {
          lisibles.add(nom.substring(PREFIXE_LECTURE.length()));
        }
      });
    }
    return new Declaration(lieu, Collections.unmodifiableMap(champs), Collections.unmodifiableSet(lisibles));
  }

  /** The form's JSON, or null when the start or task has none (then nothing is accepted). */
  private static JsonNode schema(FormDefinition formulaire, String deploiement, CommandContext contexte) {
    if (formulaire == null || formulaire.getCamundaFormDefinitionKey() == null) {
      return null;
    }
    Expression cle = formulaire.getCamundaFormDefinitionKey();
    if (!cle.isLiteralText()) {
      LOG.warn("Formulaire {} calculé à l'exécution : aucune saisie acceptée", cle.getExpressionText());
      return null;
    }
    CamundaFormRefImpl reference = new CamundaFormRefImpl(cle.getExpressionText(), formulaire.getCamundaFormDefinitionBinding());
    Expression version = formulaire.getCamundaFormDefinitionVersion();
    if (version != null && version.isLiteralText()) {
      reference.setVersion(Integer.valueOf(version.getExpressionText()));
    }
    CamundaFormDefinition definition =
        contexte.runWithoutAuthorization(() -> new GetCamundaFormDefinitionCmd(reference, deploiement).execute(contexte));
    if (definition == null) {
      LOG.warn("Formulaire {} introuvable : aucune saisie acceptée", reference);
      return null;
    }
    ResourceEntity ressource =
        contexte.getResourceManager().findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
    try {
      return JSON.readTree(ressource.getBytes());
    } catch (IOException illisible) {
      throw new IllegalStateException("Formulaire illisible : " + definition.getResourceName(), illisible);
    }
  }

  /** Reads a form's components, groups included. */
  static void lire(JsonNode composants, Map<String, Champ> champs, Set<String> lisibles) {
    for (JsonNode composant : composants) {
      String type = composant.path("type").asText();
      String cle = composant.path("key").asText(null);
      noms(composant.path("text").asText(""), lisibles);
      noms(composant.path("conditional").path("hide").asText(""), lisibles);
      if (!composant.path("valuesKey").asText("").isEmpty()) {
        lisibles.add(composant.path("valuesKey").asText());
      }
      if (cle != null && !cle.isBlank()) {
        lisibles.add(cle);
        if (!composant.path("disabled").asBoolean(false)) {
          champs.put(cle, champ(type, cle, composant));
        }
      }
      lire(composant.path("components"), champs, lisibles);
    }
  }

  private static Champ champ(String type, String cle, JsonNode composant) {
    boolean lectureSeule = composant.path("readonly").asBoolean(false);
    Genre genre =
        switch (type) {
          case "number" -> Genre.NOMBRE;
          case "checkbox" -> Genre.BOOLEEN;
          case "datetime" -> Genre.DATE;
          default -> Genre.TEXTE;
        };
    long limite = 0;
    if (genre == Genre.TEXTE || genre == Genre.DATE) {
      int max = composant.path("validate").path("maxLength").asInt(0);
      limite = max > 0 ? Math.min(max, TEXTE_MAX) : "textarea".equals(type) ? TEXTE_MAX : TEXTE_COURT_MAX;
    }
    Set<String> valeurs = new LinkedHashSet<>();
    composant.path("values").forEach(v -> valeurs.add(v.path("value").asText()));
    if (!TYPES_TEXTE.contains(type) && genre == Genre.TEXTE) {
      LOG.warn("Composant {} de type {} : accepté comme un texte", cle, type);
    }
    return new Champ(cle, genre, limite, Collections.unmodifiableSet(valeurs), lectureSeule);
  }

  /** {@code fichier 2 Mo}, {@code texte 500}, {@code nombre}, {@code booleen}, {@code date}. */
  static Champ champ(String nom, String valeur) {
    String[] mots = valeur.strip().split("\\s+", 2);
    Genre genre =
        switch (mots[0].toLowerCase(Locale.ROOT)) {
          case "fichier" -> Genre.FICHIER;
          case "nombre" -> Genre.NOMBRE;
          case "booleen", "booléen" -> Genre.BOOLEEN;
          case "date" -> Genre.DATE;
          case "texte" -> Genre.TEXTE;
          default -> throw new IllegalArgumentException("Saisie " + nom + " : genre inconnu « " + mots[0] + " »");
        };
    long limite = genre == Genre.TEXTE ? TEXTE_COURT_MAX : 0;
    if (mots.length > 1) {
      Matcher m = LIMITE.matcher(mots[1]);
      if (m.find()) {
        long n = Long.parseLong(m.group(1));
        String unite = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        limite = switch (unite) {
          case "mo" -> n * 1024 * 1024;
          case "ko" -> n * 1024;
          default -> genre == Genre.TEXTE ? Math.min(n, TEXTE_MAX) : n;
        };
      }
    }
    if (genre == Genre.FICHIER && limite == 0) {
      throw new IllegalArgumentException("Saisie " + nom + " : un fichier déclare sa taille maximale (« fichier 2 Mo »)");
    }
    return new Champ(nom, genre, limite, Set.of(), false);
  }

  /** The variables a text ({@code {{reference}}}, {@code =questionCpam}) or a condition names. */
  static void noms(String texte, Set<String> lisibles) {
    if (texte.isEmpty()) {
      return;
    }
    if (texte.startsWith("=")) {
      Matcher m = IDENTIFIANT.matcher(CHAINE.matcher(texte.substring(1)).replaceAll(" "));
      while (m.find()) {
        if (!MOTS_FEEL.contains(m.group())) {
          lisibles.add(m.group());
        }
      }
      return;
    }
    Matcher m = GABARIT.matcher(texte);
    while (m.find()) {
      lisibles.add(m.group(1));
    }
  }

  /** The {@code camunda:properties} of a start event or user task, kept on its activity. */
  static Map<String, String> proprietes(Element element) {
    Map<String, String> proprietes = new LinkedHashMap<>();
    Element extensions = element.element("extensionElements");
    if (extensions == null) {
      return proprietes;
    }
    for (Element liste : extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties")) {
      for (Element propriete : liste.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        String nom = propriete.attribute("name");
        if (nom != null && (nom.startsWith(PREFIXE_SAISIE) || nom.startsWith(PREFIXE_LECTURE))) {
          if (nom.startsWith(PREFIXE_SAISIE)) {
            champ(nom.substring(PREFIXE_SAISIE.length()), propriete.attribute("value", ""));
          }
          proprietes.put(nom, propriete.attribute("value", ""));
        }
      }
    }
    return proprietes;
  }
}
