package fr.cpam.demarches.engine.securite;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Reserved to trainers (group {@code formateurs}) of a training server: sessions, the room's
 * clock, learners' results. Others get HTTP 403 with a problem+json body; without the profile
 * {@code formation} these endpoints do not exist (404).
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasRole('formateurs')")
@NamedInterface(Securite.API)
public @interface AccesFormateur {}
