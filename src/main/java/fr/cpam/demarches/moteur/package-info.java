/**
 * The door to the engine's internals. Camunda 7 community had its last release; the day the
 * application moves to a maintained fork of the same engine, only this module should need a look.
 *
 * <p>This package is what the other modules may use: small interfaces of ours ({@link
 * fr.cpam.demarches.moteur.CommandeMoteur}, {@link fr.cpam.demarches.moteur.FiltresDuMoteur}) and
 * the extension points a module implements ({@link fr.cpam.demarches.moteur.AjoutAuxProcessus},
 * {@link fr.cpam.demarches.moteur.ObservateurMoteur}). It imports nothing internal. Everything that
 * touches the engine's internal packages (its {@code impl} packages, the shaded Scala and Gson
 * libraries) lives in {@code moteur.interne}, and only there ({@code ModulesTest}); its {@code package-info} lists each
 * patch of the engine, why it stands and the switch that turns it off
 * (docs/decisions/0080-une-porte-vers-les-internes-du-moteur.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moteur : la porte des internes")
package fr.cpam.demarches.moteur;
