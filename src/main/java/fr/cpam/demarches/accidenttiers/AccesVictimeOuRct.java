package fr.cpam.demarches.accidenttiers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A dossier of an accident caused by a third party is read by its victim's account (citizens:
 * their own only, checked by the service), by the recovery service and by supervisors; other
 * agents get 403. {@code DroitsParRoleIntTest} calls these addresses with every role.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('assures','rct','superviseurs')")
@interface AccesVictimeOuRct {}
