package fr.cpam.demarches;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The whole application on an embedded PostgreSQL (profile {@code postgres}, the production
 * settings) with the demo accounts, job executor off. All classes with this annotation share
 * one context and one database. They run in the JVM of the tests tagged {@code isole} (see the
 * pom), away from the H2 context whose engine also registers under the name "default".
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo", "postgres"})
@ContextConfiguration(initializers = TestIntegrationPostgres.BaseDeTest.class)
@Tag("isole")
@ExtendWith(HorlogeDeTest.class)
public @interface TestIntegrationPostgres {

  /** Points the {@code postgres} profile's variables to a fresh database of the embedded server. */
  class BaseDeTest implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext contexte) {
      PostgresEmbarque.utilisePar(contexte);
      TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
          contexte,
          "DB_URL=" + PostgresEmbarque.nouvelleBase("demarches"),
          "DB_USER=postgres",
          "DB_PASSWORD=postgres");
    }
  }
}
