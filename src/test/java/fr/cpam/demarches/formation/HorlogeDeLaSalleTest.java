package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A session's move pushes the other sessions' date variables that a timer reads: the list must
 * name every variable a {@code timeDate} of the models reads, or a timer made again from an
 * unpushed variable would fall early on another session's day.
 */
class HorlogeDeLaSalleTest {

  private static final Pattern DATE_DU_MINUTEUR = Pattern.compile("<bpmn:timeDate[^>]*>\\s*\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*</bpmn:timeDate>");
  private static final Pattern TIME_DATE = Pattern.compile("<bpmn:timeDate[^>]*>([^<]*)</bpmn:timeDate>");

  @Test
  void chaque_variable_lue_par_une_date_de_minuteur_des_modeles_est_repoussee_pour_les_autres_sessions() throws IOException {
    Set<String> lues = new TreeSet<>();
    try (Stream<Path> modeles = Files.list(Path.of("processes"))) {
      for (Path modele : modeles.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        String xml = Files.readString(modele);
        Matcher date = TIME_DATE.matcher(xml);
        while (date.find()) {
          Matcher variable = DATE_DU_MINUTEUR.matcher(date.group());
          assertThat(variable.matches()).as("%s : une date de minuteur qui n'est pas une variable (%s) : dites dans HorlogeDeLaSalle"
              + " comment elle suit le jour de chaque session", modele, date.group(1)).isTrue();
          lues.add(variable.group(1));
        }
      }
    }
    assertThat(lues).isNotEmpty();
    assertThat(HorlogeDeLaSalle.VARIABLES_DES_MINUTEURS).containsExactlyInAnyOrderElementsOf(lues);
  }
}
