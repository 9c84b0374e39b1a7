package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.TestIntegration;

/** {@link TachesTasklistManagerComparaison} on H2, the embedded default. */
@TestIntegration
class TachesTasklistManagerIntTest extends TachesTasklistManagerComparaison {}
