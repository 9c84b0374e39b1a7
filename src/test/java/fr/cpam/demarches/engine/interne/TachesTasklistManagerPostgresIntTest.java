package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.TestIntegrationPostgres;

/**
 * {@link TachesTasklistManagerComparaison} on PostgreSQL, where the queries of
 * {@link TachesTasklistManager} are written for their plans (the slices of "En retard", its count
 * with two {@code EXISTS}, the indexes created at start-up).
 */
@TestIntegrationPostgres
class TachesTasklistManagerPostgresIntTest extends TachesTasklistManagerComparaison {}
