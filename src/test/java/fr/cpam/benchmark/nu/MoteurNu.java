package fr.cpam.benchmark.nu;

import fr.cpam.demarches.CompteurSql;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The bare engine, the benchmark's baseline: Camunda's Spring Boot starters (webapps and REST
 * API) with their default settings, no security in front of the REST API, no application code.
 * Only what the application's jar brings and the bare starter would not have is switched off
 * (Spring Security, JPA, Flyway, API documentation); see {@code Cible}.
 */
@SpringBootApplication(
    excludeName = {
      "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
      "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
      "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
      "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
      "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
      "org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration"
    })
@Import(CompteurSql.class)
public class MoteurNu {}
