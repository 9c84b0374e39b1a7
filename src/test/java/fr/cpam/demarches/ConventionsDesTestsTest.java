package fr.cpam.demarches;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What keeps the suite quick and its tests independent as it grows: a class that starts the whole
 * application says so in its name ({@code *IntTest}, the others are unit tests or slices), and
 * time is moved in one place, {@link HorlogeDeTest}, which puts it back after each test.
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
}
