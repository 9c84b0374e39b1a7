/**
 * The glue between Tasklist (and Cockpit) and the engine's REST API as this application serves it:
 * the 4xx answers in French ({@link fr.cpam.demarches.engine.tasklist.ErreursApiMoteur}), the
 * refusal of a submission a person may not make ({@link
 * fr.cpam.demarches.engine.tasklist.RefusDesSaisies}), one {@code ObjectMapper} for its JSON and
 * the cache of its HAL relations. Internal to module {@code engine}: no other module uses it.
 */
package fr.cpam.demarches.engine.tasklist;
