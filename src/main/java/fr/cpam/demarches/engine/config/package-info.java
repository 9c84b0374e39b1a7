/**
 * The engine's configuration as this application sets it up: the names of the deployed models, the
 * groups, authorizations and Tasklist filters of each role ({@link
 * fr.cpam.demarches.engine.config.DroitsInitializer}, tested role by role by {@code
 * DroitsParRoleIntTest}), the monitoring account and the demo staff. Internal to module {@code
 * engine}: no other module uses it.
 */
package fr.cpam.demarches.engine.config;
