package fr.cpam.demarches;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each capability uses only the public API of the others, and no cycle links them. */
class ModulesTest {

  private final ApplicationModules modules = ApplicationModules.of(DemarchesCpamApplication.class);

  @Test
  void les_modules_respectent_leurs_frontieres() {
    modules.verify();
  }

  @Test
  void la_documentation_des_modules_est_ecrite() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
