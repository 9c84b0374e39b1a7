package fr.cpam.demarches.delais;

import fr.cpam.demarches.commun.YamlPropertySourceFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** The themes and reference delays, read from {@code delais.yml}. */
@Configuration
@EnableConfigurationProperties(DelaisProperties.class)
@PropertySource(value = "classpath:delais.yml", factory = YamlPropertySourceFactory.class)
class DelaisConfiguration {}
