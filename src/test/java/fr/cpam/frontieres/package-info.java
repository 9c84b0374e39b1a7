/**
 * A deliberately wrong application, read by {@code ModulesTest} only (never started): module
 * {@code courriers} uses the repository that module {@code dossiers} keeps internal. It proves that
 * Spring Modulith refuses such a crossing, as it would in the application.
 */
package fr.cpam.frontieres;
