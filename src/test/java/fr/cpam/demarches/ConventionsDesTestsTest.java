package fr.cpam.demarches;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What keeps the suite quick and its tests independent as it grows: a class that starts the whole
 * application says so in its name ({@code *IntTest}, the others are unit tests or slices), and
 * time is moved in one place, {@link HorlogeDeTest}, which puts it back after each test; the tests
 * share one database, so no test changes or deletes a whole table's rows (the payment run's
 * due dossiers are narrowed by {@link EcheancesDuTest}, not by clearing other tests' rows).
 */
class ConventionsDesTestsTest {

  private static final JavaClasses TESTS =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("fr.cpam.demarches");

  private static final DescribedPredicate<JavaClass> DEMARRE_L_APPLICATION =
      DescribedPredicate.describe("start the whole application (@SpringBootTest, themselves or by a superclass)",
          classe -> !classe.isAnnotation() && Stream.concat(Stream.of(classe), classe.getAllRawSuperclasses().stream())
              .anyMatch(c -> c.isMetaAnnotatedWith(SpringBootTest.class) || c.isAnnotatedWith(SpringBootTest.class)));

  @Test
  void une_classe_qui_demarre_l_application_entiere_s_appelle_IntTest() {
    classes().that(DEMARRE_L_APPLICATION).should().haveSimpleNameEndingWith("IntTest")
        .because("a full-context class costs the shared context and its database: the name says it, and a unit"
            + " test or a web slice (@WebMvcTest) is preferred")
        .check(TESTS);
  }

  @Test
  void seule_l_extension_horloge_deplace_le_temps() {
    noClasses().that().doNotHaveFullyQualifiedName(HorlogeDeTest.class.getName())
        .and().doNotHaveSimpleName("HorlogeDuMoteurTest")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.impl.util.ClockUtil")
        .because("HorlogeDeTest moves the engine's clock, which the application's Clock follows, and puts it back"
            + " after each test (docs/decisions/0081)")
        .check(TESTS);
  }

  /** An SQL statement in a test's string that updates or deletes rows: from its start to the end of the call. */
  private static final Pattern ECRITURE = Pattern.compile("\"\\s*(update\\s+\\w+\\s+set|delete\\s+from\\s+\\w+)(.*?)\\);",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  @Test
  void aucun_test_n_ecrit_toutes_les_lignes_d_une_table() throws IOException {
    List<String> fautes;
    try (Stream<Path> sources = Files.walk(Path.of("src/test/java/fr/cpam/demarches"))) {
      fautes = sources.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.endsWith("ConventionsDesTestsTest.java")) // its own faulty fixtures
          .flatMap(f -> ecrituresSansWhere(lire(f)).stream()
          .map(e -> f.getFileName() + " : " + e)).toList();
    }
    assertThat(fautes).as("the tests share one database: a test writes only rows it created (a where clause)").isEmpty();
  }

  @Test
  void la_regle_des_ecritures_reconnait_une_ecriture_de_toute_la_table() {
    assertThat(ecrituresSansWhere("jdbc.update(\"update arret_travail set prochaine_echeance = null\");")).hasSize(1);
    assertThat(ecrituresSansWhere("jdbc.update(\"delete from paiement\");")).hasSize(1);
    assertThat(ecrituresSansWhere("jdbc.update(\"update arret_travail set prochaine_echeance = null \"\n  + \"where reference = ?\", r);"))
        .isEmpty();
  }

  static List<String> ecrituresSansWhere(String source) {
    Matcher m = ECRITURE.matcher(source);
    List<String> fautes = new java.util.ArrayList<>();
    while (m.find()) {
      if (!m.group(2).toLowerCase(Locale.ROOT).contains("where")) {
        fautes.add(m.group(1));
      }
    }
    return fautes;
  }

  private static String lire(Path fichier) {
    try {
      return Files.readString(fichier);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
