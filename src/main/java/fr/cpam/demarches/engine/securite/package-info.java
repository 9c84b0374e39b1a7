/**
 * The security of the engine's and our APIs and of the webapps: HTTP Basic with the engine's
 * identities, the webapps' session shared with Mon espace, the login lock and its messages, the
 * second factor, the citizens' view of the engine's identities, and the access annotations that
 * say who may call each address ({@code @AccesAssure}, {@code @AccesAgent}…).
 *
 * <p>Internal to module {@code engine} (Spring Modulith), but for the types marked {@code
 * @NamedInterface("securite")}: the access annotations, {@link
 * fr.cpam.demarches.engine.securite.SessionWebapps}, {@link
 * fr.cpam.demarches.engine.securite.VerrouDesConnexions}, {@link
 * fr.cpam.demarches.engine.securite.SecondFacteur} and {@link
 * fr.cpam.demarches.engine.securite.SecondFacteurRequis}. The rules: {@code docs/securite.md}.
 */
package fr.cpam.demarches.engine.securite;
