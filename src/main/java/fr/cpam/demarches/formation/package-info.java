/**
 * Training of new CPAM agents on the real procedures: a training server (profile
 * {@code formation}, its own database, never real dossiers), its trainers (group
 * {@code formateurs}) and their pages under {@code /formation/}. Without the profile nothing of
 * it answers: every {@code /formation/**} address is a 404. Reference: {@code docs/formation.md}.
 *
 * <p>Nothing here is used by other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Formation des agents")
package fr.cpam.demarches.formation;
