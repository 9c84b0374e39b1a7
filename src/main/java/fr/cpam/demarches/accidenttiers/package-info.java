/**
 * Accident causé par un tiers: the victim declares the accident (who was injured, when, where,
 * how, the third party and its insurer, the report, the medical consequences); the CPAM's
 * "recours contre tiers" service (group {@code rct}) qualifies the case, finds the payer (the
 * third party's insurer, or a guarantee fund), sums what the CPAM paid because of the accident
 * item by item (the daily allowances read from "Mes paiements", the care costs entered by the
 * agent), claims it with the indemnité forfaitaire de gestion, and follows the payer's answer.
 *
 * <p>The process is {@code processes/AccidentTiers.bpmn} with the path table
 * {@code ParcoursAccidentTiers.dmn}; the dossier, its steps, its claim lines and the claims sent
 * are in this module's tables. Payers are reached through
 * {@link fr.cpam.demarches.accidenttiers.Assureurs}. The victim's benefits never depend on the
 * outcome: the recovery is between the CPAM and the liable party.
 *
 * <p>The dossier, its steps, files, claim lines and claims sent (entities and repositories) are
 * internal ({@code accidenttiers.interne}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accident causé par un tiers")
package fr.cpam.demarches.accidenttiers;
