package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.YamlPropertySourceFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** The barèmes and delays of the procedure, read from {@code indemnites.yml}. */
@Configuration
@EnableConfigurationProperties(BaremesIndemnites.class)
@PropertySource(value = "classpath:indemnites.yml", factory = YamlPropertySourceFactory.class)
class IndemnitesConfiguration {}
