/**
 * Shared kernel used by every capability: the French problem+json answers of the API,
 * the exceptions a person can cause, postal addresses and dossier references.
 *
 * <p>Kept small on purpose: a rule that belongs to one procedure lives in that procedure's
 * module, not here.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Commun",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.cpam.demarches.commun;
