package fr.cpam.demarches;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The constants classes of the models ({@code *Process}) name their constants in one pattern
 * (docs/architecture.md): an element of the model by the prefix of its kind ({@code TACHE_},
 * {@code FIN_}…), a process variable, or one of its values, by its own name in capitals, without
 * prefix ({@code MOTIF = "motif"}, never {@code VAR_MOTIF}). Reads the compiled classes (no Spring
 * context).
 */
class ConstantesDesProcessusTest {

  /** The kind of an element, from its id's prefix, and the constant's prefixes that may name it. */
  private static final Map<String, List<String>> PREFIXES = Map.of(
      "Task", List.of("TACHE_"),
      "EndEvent", List.of("FIN_", "FIN"),
      "CallActivity", List.of("APPEL_"),
      "SubProcess", List.of("SOUS_PROCESSUS_"),
      "Gateway", List.of("GATEWAY_"),
      "Boundary", List.of("TIMER_", "BOUNDARY_"),
      "Timer", List.of("TIMER_"),
      "StartEvent", List.of("START", "TIMER_", "EVENT_"),
      "Event", List.of("EVENT_"),
      "Decision", List.of("DECISION_"));

  /** The prefixes that say an element of the model, never a variable. */
  private static final List<String> PREFIXES_D_ELEMENT =
      List.of("TACHE_", "FIN_", "APPEL_", "SOUS_PROCESSUS_", "GATEWAY_", "TIMER_", "BOUNDARY_", "EVENT_", "MESSAGE_");

  private static final Pattern ELEMENT = Pattern.compile("^([A-Z][A-Za-z]*)_[A-Za-z0-9_]+$");
  private static final Pattern NOM_PROPRE = Pattern.compile("^[A-Z][A-Za-z0-9]*$");
  private static final Pattern CAPITALES = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");

  @Test
  void les_constantes_des_processus_suivent_le_meme_modele() {
    List<JavaClass> classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("fr.cpam.demarches")
        .stream()
        .filter(c -> c.getSimpleName().endsWith("Process") && !c.isNestedClass())
        .toList();
    assertThat(classes).hasSizeGreaterThanOrEqualTo(10);
    List<String> defauts = new ArrayList<>();
    classes.forEach(c -> defauts.addAll(defauts(c.reflect())));
    assertThat(defauts).isEmpty();
  }

  @Test
  void une_constante_hors_du_modele_est_refusee() {
    assertThat(defauts(FautifProcess.class)).containsExactlyInAnyOrder(
        "FautifProcess.VAR_MOTIF : une variable se nomme sans préfixe (MOTIF)",
        "FautifProcess.TASK_ECRIRE = Task_Ecrire se nomme TACHE_…",
        "FautifProcess.TACHE_FIN = EndEvent_Fini se nomme FIN_…",
        "FautifProcess.TACHE_MOTIF : une variable (motif) ne prend pas le préfixe d'un élément",
        "FautifProcess.saisie : des capitales et des _");
  }

  static List<String> defauts(Class<?> classe) {
    List<String> defauts = new ArrayList<>();
    for (Field champ : classe.getDeclaredFields()) {
      int m = champ.getModifiers();
      if (!Modifier.isStatic(m) || !Modifier.isFinal(m) || champ.getType() != String.class || champ.isSynthetic()) {
        continue;
      }
      String nom = classe.getSimpleName() + "." + champ.getName();
      String n = champ.getName();
      String valeur = valeur(champ);
      if (!CAPITALES.matcher(n).matches()) {
        defauts.add(nom + " : des capitales et des _");
        continue;
      }
      var element = ELEMENT.matcher(valeur);
      if (element.matches() && PREFIXES.containsKey(element.group(1))) {
        List<String> prefixes = PREFIXES.get(element.group(1));
        if (prefixes.stream().noneMatch(p -> p.endsWith("_") ? n.startsWith(p) : n.equals(p))) {
          defauts.add(nom + " = " + valeur + " se nomme " + prefixes.get(0) + "…");
        }
      } else if (n.startsWith("VAR_")) {
        defauts.add(nom + " : une variable se nomme sans préfixe (" + n.substring(4) + ")");
      } else if (!NOM_PROPRE.matcher(valeur).matches() && !n.equals(enCapitales(valeur))
          && PREFIXES_D_ELEMENT.stream().anyMatch(n::startsWith)) {
        defauts.add(nom + " : une variable (" + valeur + ") ne prend pas le préfixe d'un élément");
      }
    }
    return defauts;
  }

  /** A variable's own name in capitals: finPeriode, FIN_PERIODE. */
  static String enCapitales(String nom) {
    return nom.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  private static String valeur(Field champ) {
    try {
      champ.setAccessible(true);
      return (String) champ.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A constants class that breaks each rule once, and follows it once. */
  @SuppressWarnings("unused")
  static final class FautifProcess {
    static final String CLE = "Fautif";
    static final String TACHE_ECRIRE = "Task_Ecrire";
    static final String TASK_ECRIRE = "Task_Ecrire";
    static final String TACHE_FIN = "EndEvent_Fini";
    static final String FIN = "EndEvent_Fini";
    static final String MESSAGE_REPONSE = "Reponse";
    static final String MOTIF = "motif";
    static final String VAR_MOTIF = "motif";
    static final String TACHE_MOTIF = "motif";
    static final String FIN_PERIODE = "finPeriode";
    static final String saisie = "saisie";

    private FautifProcess() {}
  }
}
