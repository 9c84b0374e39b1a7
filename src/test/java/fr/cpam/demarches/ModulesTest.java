package fr.cpam.demarches;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each capability uses only the public API of the others, and no cycle links them; only the
 * door {@code engine.interne} touches the engine's internals.
 */
class ModulesTest {

  /** The only package that may use the engine's internal packages (docs/decisions/0080). */
  static final String PORTE = "fr.cpam.demarches.engine.interne";

  private final ApplicationModules modules = ApplicationModules.of(DemarchesCpamApplication.class);

  @Test
  void les_modules_respectent_leurs_frontieres() {
    modules.verify();
  }

  /**
   * What keeps a module's entities and repositories its own: a subpackage ({@code interne}) is
   * internal to its module; a class of another module that uses it fails {@link
   * #les_modules_respectent_leurs_frontieres} (shown here on the fixture {@code fr.cpam.frontieres}).
   */
  @Test
  void un_module_qui_emploie_l_interne_d_un_autre_est_refuse() {
    var fautifs = ApplicationModules.of("fr.cpam.frontieres", ImportOption.Predefined.ONLY_INCLUDE_TESTS);

    assertThatThrownBy(fautifs::verify)
        .hasMessageContaining("Module 'courriers' depends on non-exposed type fr.cpam.frontieres.dossiers.interne.DepotDossiers");
  }

  /**
   * An entity or a repository outside an {@code interne} subpackage would be part of its module's
   * API, for any other module to use: refused, whatever the module, without exception
   * (docs/decisions/0094, 0096: the account is read as records).
   */
  @Test
  void les_entites_et_les_depots_restent_internes_a_leur_module() {
    var application =
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.cpam.demarches");
    entitesEtDepotsInternes().check(application);
  }

  @Test
  void une_entite_hors_de_son_paquet_interne_est_refusee() {
    JavaClasses fautives = new ClassFileImporter().importPackages("fr.cpam.frontieres");

    assertThatThrownBy(() -> entitesEtDepotsInternes().check(fautives))
        .hasMessageContaining("fr.cpam.frontieres.courriers.Courrier")
        .message().doesNotContain("fr.cpam.frontieres.dossiers.interne.Dossier");
  }

  static ArchRule entitesEtDepotsInternes() {
    return classes()
        .that().areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
        .should().resideInAPackage("..interne..")
        .because("a module's entities and repositories are its own: other modules use its API (a service, a record),"
            + " and Spring Modulith refuses a crossing into an interne subpackage (docs/decisions/0094, 0096)");
  }

  @Test
  void seule_la_porte_du_moteur_touche_a_ses_internes() {
    var classes =
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.cpam.demarches");
    noClasses()
        .that().resideOutsideOfPackage(PORTE)
        .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.impl..", "camundajar..")
        .because("Camunda 7 community had its last release: every use of the engine's internals sits behind one door,"
            + " engine.interne, so that a fork of the engine means one package to check (docs/decisions/0080)")
        .check(classes);
  }

  @Test
  void la_documentation_des_modules_est_ecrite() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
