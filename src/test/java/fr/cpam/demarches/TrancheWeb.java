package fr.cpam.demarches;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.annotation.AliasFor;

/**
 * A web slice for a controller's validation and errors: the controller, the project's error
 * handlers (application/problem+json in French, {@code commun/ProblemesHandler}) and Jackson, in a
 * context of a second or so, without the engine, the database or the shared context of
 * {@link TestIntegration}. The test mocks the controller's services ({@code @MockitoBean}) and
 * calls it through {@code MockMvc} as a person ({@code @WithMockUser}); Spring Security's default
 * chain stands in for the project's (its filters need the engine). What a role may do stays in
 * {@code engine/DroitsParRoleIntTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
    "fr\\.cpam\\.demarches\\.engine\\..*Filter", "fr\\.cpam\\.demarches\\.espace\\.PagesEspace"}))
public @interface TrancheWeb {

  /** The controller under test. */
  @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
  Class<?>[] value() default {};
}
