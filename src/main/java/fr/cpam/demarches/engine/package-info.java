/**
 * The Camunda 7 engine as this application uses it. This package is the module's API: who is
 * calling ({@link fr.cpam.demarches.engine.UtilisateurConnecte}), the group ids ({@link
 * fr.cpam.demarches.engine.Groupes}), what a delegate may ask of the running engine command beyond
 * the engine's public API ({@link fr.cpam.demarches.engine.CommandeMoteur}), listeners added to
 * processes a module does not own ({@link fr.cpam.demarches.engine.AjoutAuxProcessus}), the
 * engine's jobs watched ({@link fr.cpam.demarches.engine.ObservateurMoteur}), a form refusal
 * ({@link fr.cpam.demarches.engine.FormulaireInvalideException}), a training learner's tenant
 * ({@link fr.cpam.demarches.engine.Locataires}).
 *
 * <p>Its subpackages are internal (Spring Modulith), each with its {@code package-info}:
 * <ul>
 *   <li>{@code engine.config}: the engine's configuration, the groups, authorizations and Tasklist
 *       filters of each role, the monitoring and demo accounts;
 *   <li>{@code engine.securite}: the security of the APIs and the webapps; its access annotations,
 *       webapps' session, login lock and second factor form the named interface {@code securite};
 *   <li>{@code engine.tasklist}: the glue between Tasklist and the engine's REST API;
 *   <li>{@code engine.interne}: the only package of the application that uses the engine's
 *       internal packages (docs/decisions/0080): its patches, each with its switch, and the
 *       adapters behind the interfaces above.
 * </ul>
 * docs/decisions/0089-le-module-engine-en-quatre-paquets.md
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moteur et droits")
package fr.cpam.demarches.engine;
