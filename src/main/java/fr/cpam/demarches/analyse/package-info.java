/**
 * Analyses for process analysts: where the dossiers of a procedure wait and which paths they
 * take, computed by SQL aggregates over the engine's history tables (never a loop over
 * instances), compared between two periods or two versions, the due dates of the messagerie,
 * and the event log of a procedure in XES (IEEE 1849-2016) and CSV for process-mining tools,
 * with no personal data. Read-only. Served under {@code /api/analyses}, shown in Cockpit by the
 * plugin "Analyses" ({@code webjars/camunda/app/cockpit/scripts/analyses.js}).
 *
 * <p>Nothing here is used by other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analyses des processus")
package fr.cpam.demarches.analyse;
