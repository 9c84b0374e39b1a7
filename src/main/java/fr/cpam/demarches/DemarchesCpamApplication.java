package fr.cpam.demarches;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Démarches CPAM: the procedures of the Assurance Maladie driven by Camunda 7.
 *
 * <p>Each direct sub-package is an application module (Spring Modulith): a capability with
 * its domain code, its engine glue (delegates, listeners) and its API.
 */
@SpringBootApplication
public class DemarchesCpamApplication {

  public static void main(String[] args) {
    SpringApplication.run(DemarchesCpamApplication.class, args);
  }
}
