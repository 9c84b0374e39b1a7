package fr.cpam.demarches.moteur.interne;

import fr.cpam.demarches.TestIntegration;

/** {@link TachesTasklistManagerComparaison} on H2, the embedded default. */
@TestIntegration
class TachesTasklistManagerIntTest extends TachesTasklistManagerComparaison {}
