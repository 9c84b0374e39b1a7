package fr.cpam.demarches;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory H2 database with the demo accounts, on a random port,
 * job executor off. Every test class with this annotation shares one Spring context: do not add
 * {@code @MockitoBean} or properties to a single class, it would start a second context.
 *
 * <p>Time: {@link HorlogeDeTest} moves it and puts it back before and after each test; due
 * jobs: {@link JobsDus} runs them (the job executor is off); citizens of its own: {@link Citoyens};
 * the payment run's due dossiers: {@link EcheancesDuTest}.
 *
 * <p>Process tests add
 * {@code @TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
 * mergeMode = MERGE_WITH_DEFAULTS)} to record their coverage.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(ProcessEngineCoverageConfiguration.class)
@ExtendWith({HorlogeDeTest.class, EcheancesDuTest.Remise.class})
public @interface TestIntegration {}
