/**
 * The citizen's account ("mon compte ameli"): the insured person, the beneficiaries attached
 * to the account, their cartes Vitale, and the NIR that identifies each of them.
 *
 * <p>Other modules use {@link fr.cpam.demarches.compte.CompteService} to find the account of
 * the logged-in citizen or of a NIR, and {@link fr.cpam.demarches.compte.Nir} to parse one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compte de l'assuré")
package fr.cpam.demarches.compte;
