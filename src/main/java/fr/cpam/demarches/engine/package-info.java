/**
 * The Camunda 7 engine as this application uses it: configuration, the identity of people
 * (citizens, agents, technical senders), their groups and authorizations, the Tasklist
 * filters of each role, and the security of the REST APIs ({@code /engine-rest}, {@code /api}).
 *
 * <p>Other modules ask {@link fr.cpam.demarches.engine.UtilisateurConnecte} who is calling and
 * use {@link fr.cpam.demarches.engine.Groupes} for the group ids; nothing else here is API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moteur et droits")
package fr.cpam.demarches.engine;
