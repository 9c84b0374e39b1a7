package fr.cpam.demarches;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.commun.BeanDeProcessus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every model of {@code processes/} names only the beans listed for the models ({@link
 * BeanDeProcessus}): the engine would refuse another at run time ({@code
 * engine/interne/BeansDesModelesIntTest}), here the build fails before. Reads the files and the
 * classes' annotations (no Spring context, no engine).
 *
 * <p>In every expression ({@code ${…}}, {@code #{…}}) of every attribute and text of a model: a
 * name whose member or method the expression uses ({@code x.y}, {@code x.y(…)}) is a listed bean
 * or one of the engine's own ({@code execution}, {@code task}, {@code decisionResult}…); a
 * delegate expression names a listed bean. A name standing alone is a variable (at run time an
 * unlisted bean of the same name, as {@code parcours}, is not resolved). No model names a Java
 * class ({@code camunda:class}): the Spring engine would build it from the context.
 */
class ExpressionsDesModelesTest {

  /** Names the engine itself puts in an expression's context (Camunda's documentation, "Expression Language"). */
  static final Set<String> DU_MOTEUR =
      Set.of("execution", "task", "caseExecution", "externalTask", "decisionResult", "authenticatedUserId");

  private static final Set<String> MOTS_DU_LANGAGE = Set.of("true", "false", "null", "empty", "not", "and", "or",
      "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern CHAINE = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern NOM = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\s*([.(\\[])?");

  private static Set<String> listes;

  @BeforeAll
  static void lireLesBeans() {
    listes = listes();
  }

  static Stream<Path> modeles() throws IOException {
    try (Stream<Path> fichiers = Files.walk(Path.of("processes"))) {
      return fichiers.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("modeles")
  void chaque_modele_n_appelle_que_des_beans_listes(Path fichier) throws Exception {
    assertThat(defauts(lire(fichier), listes)).as(fichier.toString()).isEmpty();
  }

  @Test
  void un_modele_qui_nomme_un_autre_bean_est_refuse() throws Exception {
    Document fautif = lire(Path.of("src/test/resources/lint/ExpressionsFautives.bpmn"));
    assertThat(defauts(fautif, listes))
        .containsExactlyInAnyOrder(
            "Task_Compte : ${compteService.compteDe(nir)} nomme compteService, qui n'est pas un bean listé (@BeanDeProcessus)",
            "Task_Deleguer : camunda:delegateExpression ${correctifs} ne nomme pas un bean listé (@BeanDeProcessus)",
            "Flow_Bean : ${correctifs.tousActifs()} nomme correctifs, qui n'est pas un bean listé (@BeanDeProcessus)",
            "Task_Classe : camunda:class nomme une classe Java ; appeler un bean listé par camunda:delegateExpression");
  }

  @Test
  void chaque_bean_liste_est_nomme_par_un_modele() throws Exception {
    Set<String> nommes = new TreeSet<>();
    try (Stream<Path> fichiers = modeles()) {
      for (Path fichier : fichiers.toList()) {
        expressions(lire(fichier).getDocumentElement(), (element, attribut, expression) -> nommes.addAll(nomsDe(expression)));
      }
    }
    assertThat(listes).as("beans listés qu'aucun modèle n'appelle : remettre @Component").isSubsetOf(nommes);
  }

  /** Every defect of a model, one line each: "{@code element : what is wrong}". */
  static List<String> defauts(Document modele, Set<String> listes) {
    List<String> defauts = new ArrayList<>();
    expressions(modele.getDocumentElement(), (element, attribut, expression) -> {
      String ou = idDe(element);
      if ("delegateExpression".equals(attribut) && !listes.contains(expression.replaceAll("^[$#]\\{\\s*|\\s*}$", ""))) {
        defauts.add(ou + " : camunda:delegateExpression " + expression + " ne nomme pas un bean listé (@BeanDeProcessus)");
        return;
      }
      Matcher noms = NOM.matcher(CHAINE.matcher(expression.substring(2, expression.length() - 1)).replaceAll("''"));
      while (noms.find()) {
        String nom = noms.group(1);
        String suite = noms.group(2);
        boolean membre = ".".equals(suite) || "[".equals(suite);
        if (membre && !MOTS_DU_LANGAGE.contains(nom) && !listes.contains(nom) && !DU_MOTEUR.contains(nom)) {
          defauts.add(ou + " : " + expression + " nomme " + nom + ", qui n'est pas un bean listé (@BeanDeProcessus)");
        }
      }
    });
    classes(modele.getDocumentElement(), defauts);
    return defauts;
  }

  private interface Visiteur {
    void expression(Element element, String attribut, String expression);
  }

  /** Every expression of every attribute and text under {@code element}, with the element that holds it. */
  private static void expressions(Element element, Visiteur visiteur) {
    NamedNodeMap attributs = element.getAttributes();
    for (int i = 0; i < attributs.getLength(); i++) {
      Attr attribut = (Attr) attributs.item(i);
      trouver(attribut.getValue(), e -> visiteur.expression(element, attribut.getLocalName(), e));
    }
    for (Node enfant = element.getFirstChild(); enfant != null; enfant = enfant.getNextSibling()) {
      if (enfant instanceof Element e) {
        expressions(e, visiteur);
      } else if (enfant.getNodeType() == Node.TEXT_NODE || enfant.getNodeType() == Node.CDATA_SECTION_NODE) {
        trouver(enfant.getNodeValue(), e -> visiteur.expression(element, null, e));
      }
    }
  }

  private static void trouver(String texte, java.util.function.Consumer<String> action) {
    Matcher m = EXPRESSION.matcher(texte);
    while (m.find()) {
      action.accept(m.group());
    }
  }

  private static Set<String> nomsDe(String expression) {
    Set<String> noms = new TreeSet<>();
    Matcher m = NOM.matcher(CHAINE.matcher(expression.substring(2, expression.length() - 1)).replaceAll("''"));
    while (m.find()) {
      noms.add(m.group(1));
    }
    return noms;
  }

  private static void classes(Element element, List<String> defauts) {
    if (element.hasAttributeNS("http://camunda.org/schema/1.0/bpmn", "class")) {
      defauts.add(idDe(element) + " : camunda:class nomme une classe Java ; appeler un bean listé par camunda:delegateExpression");
    }
    for (Node enfant = element.getFirstChild(); enfant != null; enfant = enfant.getNextSibling()) {
      if (enfant instanceof Element e) {
        classes(e, defauts);
      }
    }
  }

  /** The id of the nearest element that has one (a listener's or a field's owner). */
  private static String idDe(Element element) {
    for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
      if (e.hasAttribute("id")) {
        return e.getAttribute("id");
      }
    }
    return element.getTagName();
  }

  private static Document lire(Path fichier) throws Exception {
    DocumentBuilderFactory fabrique = DocumentBuilderFactory.newInstance();
    fabrique.setNamespaceAware(true);
    return fabrique.newDocumentBuilder().parse(fichier.toFile());
  }

  /** The names Spring gives the beans marked {@link BeanDeProcessus}. */
  static Set<String> listes() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(BeanDeProcessus.class));
    var registre = new SimpleBeanDefinitionRegistry();
    Set<BeanDefinition> definitions = scanner.findCandidateComponents("fr.cpam.demarches");
    return definitions.stream()
        .map(d -> AnnotationBeanNameGenerator.INSTANCE.generateBeanName(d, registre))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
