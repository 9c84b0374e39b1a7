package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.commun.YamlPropertySourceFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** The scale of the management fee, the delays and the simulated payer, read from {@code accidents-tiers.yml}. */
@Configuration
@EnableConfigurationProperties({BaremeForfaitGestion.class, AssureurSimule.Reglages.class})
@PropertySource(value = "classpath:accidents-tiers.yml", factory = YamlPropertySourceFactory.class)
class AccidentsTiersConfiguration {}
