/**
 * The Camunda 7 engine as this application uses it: configuration, the identity of people
 * (citizens, agents, technical senders), their groups and authorizations, the Tasklist
 * filters of each role, and the security of the REST APIs ({@code /engine-rest}, {@code /api}).
 *
 * <p>Other modules ask {@link fr.cpam.demarches.engine.UtilisateurConnecte} who is calling and
 * use {@link fr.cpam.demarches.engine.Groupes} for the group ids. What a delegate may ask of the
 * running engine command beyond the engine's public API is {@link
 * fr.cpam.demarches.engine.CommandeMoteur}; a module adds listeners to processes it does not own
 * through {@link fr.cpam.demarches.engine.AjoutAuxProcessus} and watches the engine's jobs through
 * {@link fr.cpam.demarches.engine.ObservateurMoteur}; a form refusal is {@link
 * fr.cpam.demarches.engine.FormulaireInvalideException}.
 *
 * <p>{@code engine.interne} is the only package of the application that uses the engine's
 * internal packages (docs/decisions/0080): its patches, each with its switch, and the adapters
 * behind the interfaces above. It is internal to this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moteur et droits")
package fr.cpam.demarches.engine;
