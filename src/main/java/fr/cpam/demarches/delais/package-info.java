/**
 * "Délais de traitement de ma CPAM": for a theme and a date of sending, the processing time a
 * citizen can expect, computed from the dossiers the system actually completed for that theme
 * at their CPAM over the last 90 days (median and 80th percentile), or the configured reference
 * delay when too few were completed.
 *
 * <p>An engine plugin records each completed dossier of the configured processes in a small
 * table (a projection of the engine's history), so that the estimate stays fast with millions
 * of historic dossiers. Knows the themes and process keys by configuration only: it depends on
 * no procedure module. The table's entity and repository are internal ({@code delais.interne}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Délais de traitement")
package fr.cpam.demarches.delais;
