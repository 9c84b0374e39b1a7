package fr.cpam.demarches.engine.securite;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Reserved to citizens (group {@code assures}): their own account, dossiers and payments. Others get HTTP 403 with a problem+json body. Keep the group ids in line with
 * {@link Groupes}: {@code DroitsParRoleIntTest} calls every endpoint with every role.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasRole('assures')")
@NamedInterface(Securite.API)
public @interface AccesAssure {}
