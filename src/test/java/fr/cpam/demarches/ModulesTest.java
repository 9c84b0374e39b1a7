package fr.cpam.demarches;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import fr.cpam.demarches.commun.OubliDeFormation;
import fr.cpam.demarches.engine.JournalDesOperations;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

  /**
   * A training session's cleanup goes through each module's port ({@link OubliDeFormation}) and the
   * engine's door ({@link JournalDesOperations}): formation's SQL names its own tables only
   * ({@code formation_*}), neither another module's nor the engine's (docs/decisions/0098). Known
   * exceptions, read only: {@code BaseDeFormation} counts the three dossier tables of record 0070;
   * {@code Parcours} and {@code Progression} read the engine's history in one statement each
   * (docs/decisions/0074, 0079; budgets in {@code BudgetsSqlFormationIntTest}): reads, left as they are.
   */
  @Test
  void la_formation_n_ecrit_en_sql_que_sur_ses_propres_tables() throws IOException {
    Set<String> tables = tablesDesMigrations();
    assertThat(tables).contains("assure", "dossier_carte_vitale", "formation_session");
    Map<String, List<String>> fautes = new TreeMap<>();
    try (Stream<Path> fichiers = Files.list(Path.of("src/main/java/fr/cpam/demarches/formation"))) {
      fichiers.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
        List<String> etrangeres = tablesEtrangeres(lire(f), tables, EXCEPTIONS.getOrDefault(f.getFileName().toString(), Set.of()));
        if (!etrangeres.isEmpty()) {
          fautes.put(f.getFileName().toString(), etrangeres);
        }
      });
    }
    assertThat(fautes).as("tables of other modules or of the engine named in formation's SQL strings").isEmpty();
  }

  /** The check above on a faulty class: a delete on an account's table and one on the engine's log are found. */
  @Test
  void une_formation_qui_supprime_les_lignes_d_un_autre_module_est_refusee() {
    String fautive = """
        class Fautive {
          // delete from assure: a comment is not SQL
          void supprimer(String nir, String id) {
            declaration.put("assure", nir);
            jdbc.update("delete from formation_dossier where nir = ?", nir);
            jdbc.update("delete from beneficiaire where assure_id in (select id from assure where nir = ?)", nir);
            jdbc.update("delete from ACT_HI_OP_LOG where ROOT_PROC_INST_ID_ = ?", id);
            for (String t : List.of("messagerie_echange")) {
              jdbc.update("delete from " + t);
            }
          }
        }
        """;
    assertThat(tablesEtrangeres(fautive, tablesDesMigrations(), Set.of()))
        .containsExactly("beneficiaire", "assure", "act_hi_op_log", "messagerie_echange");
  }

  /** Only formation (a training server's cleanup, docs/decisions/0070, 0098) calls the ports that forget rows. */
  @Test
  void seule_la_formation_appelle_les_ports_d_oubli() {
    var classes =
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.cpam.demarches");
    noClasses()
        .that().resideOutsideOfPackage("fr.cpam.demarches.formation..")
        .should().callMethod(OubliDeFormation.class, "oublier", OubliDeFormation.Oubli.class)
        .orShould().callMethod(JournalDesOperations.class, "oublierLesDossiers", List.class)
        .because("they delete a training session's rows: only a training server's cleanup calls them (docs/decisions/0098)")
        .check(classes);
  }

  /** Formation's classes allowed to name a table that is not formation's, and which: reads only (see above). */
  static final Map<String, Set<String>> EXCEPTIONS = Map.of(
      "BaseDeFormation.java", Set.of("dossier_carte_vitale", "messagerie_conversation", "arret_travail"),
      "Parcours.java", Set.of("act_hi_procinst", "act_hi_actinst"),
      "Progression.java", Set.of("act_hi_identitylink", "act_hi_procinst", "act_hi_taskinst"));

  private static final Pattern CREATE_TABLE =
      Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern TABLE_SQL =
      Pattern.compile("\\b(?:from|join|into|update|table)\\s+([A-Za-z_][A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);

  /** The application's tables, as its migrations create them (lower case). */
  static Set<String> tablesDesMigrations() {
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> fichiers = Files.list(Path.of("src/main/resources/db/migration"))) {
      fichiers.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
        Matcher m = CREATE_TABLE.matcher(lire(f));
        while (m.find()) {
          tables.add(m.group(1).toLowerCase(Locale.ROOT));
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tables;
  }

  /**
   * The tables that are not formation's named in the string literals of {@code source}, in order,
   * lower case, less those {@code permises}: a table of another module (from the migrations) or of
   * the engine ({@code ACT_*}) after {@code from}, {@code join}, {@code into}, {@code update} or
   * {@code table}, or a whole literal naming one with an underscore (a table name put together
   * with {@code "delete from " + table}; a literal such as {@code "assure"} is a domain word).
   * Comments are left out.
   */
  static List<String> tablesEtrangeres(String source, Set<String> tables, Set<String> permises) {
    List<String> trouvees = new ArrayList<>();
    java.util.function.Predicate<String> etrangere =
        t -> (t.startsWith("act_") || (tables.contains(t) && !t.startsWith("formation_"))) && !permises.contains(t);
    for (String litteral : litteraux(source)) {
      Matcher m = TABLE_SQL.matcher(litteral);
      boolean sql = false;
      while (m.find()) {
        sql = true;
        String table = m.group(1).toLowerCase(Locale.ROOT);
        if (etrangere.test(table)) {
          trouvees.add(table);
        }
      }
      String entier = litteral.strip().toLowerCase(Locale.ROOT);
      if (!sql && entier.contains("_") && entier.matches("[a-z_][a-z0-9_]*") && etrangere.test(entier)) {
        trouvees.add(entier);
      }
    }
    return trouvees;
  }

  /** The string literals of a Java source, comments and character literals skipped. */
  static List<String> litteraux(String source) {
    List<String> litteraux = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int fin = source.indexOf('\n', i);
        i = fin < 0 ? n : fin;
      } else if (source.startsWith("/*", i)) {
        int fin = source.indexOf("*/", i + 2);
        i = fin < 0 ? n : fin + 2;
      } else if (c == '\'') {
        i++;
        while (i < n && source.charAt(i) != '\'') {
          i += source.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else if (c == '"') {
        boolean bloc = source.startsWith("\"\"\"", i);
        String fermeture = bloc ? "\"\"\"" : "\"";
        int debut = i + fermeture.length();
        int j = debut;
        while (j < n && !source.startsWith(fermeture, j)) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        litteraux.add(source.substring(debut, Math.min(j, n)));
        i = j + fermeture.length();
      } else {
        i++;
      }
    }
    return litteraux;
  }

  private static String lire(Path fichier) {
    try {
      return Files.readString(fichier);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void la_documentation_des_modules_est_ecrite() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
