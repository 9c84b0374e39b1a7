package fr.cpam.demarches.cartevitale;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The simulated factory sends its answers on a schedule. */
@Configuration
@EnableScheduling
class CarteVitaleConfiguration {}
