package fr.cpam.demarches;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A training server (profiles {@code demo} and {@code formation}) on an in-memory H2 database of
 * its own, which it marks as a training database at its first start (the shared database of
 * {@link TestIntegration} holds real test dossiers: the profile refuses it), random port, job
 * executor off. All classes with this annotation share one context. They run in the JVM of the
 * tests tagged {@code isole} (see the pom), and their engine has a name of its own: Camunda's
 * static registry of engines is shared by the JVM (the engine's REST API of this server is
 * {@code /engine-rest/engine/formation/...}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demarches-formation-test;DB_CLOSE_DELAY=-1",
      "camunda.bpm.process-engine-name=formation"
    })
@ActiveProfiles({"test", "demo", "formation"})
@Tag("isole")
@ExtendWith(HorlogeDeTest.class)
public @interface TestIntegrationFormation {}
