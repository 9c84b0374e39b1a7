/**
 * The citizen's account ("mon compte ameli"): the insured person, the beneficiaries attached
 * to the account, and the NIR that identifies each of them.
 *
 * <p>Other modules use {@link fr.cpam.demarches.compte.CompteService} to find the account of
 * the logged-in citizen or of a NIR, and {@link fr.cpam.demarches.compte.Nir} to parse one. The
 * cartes Vitale belong to {@code cartevitale}, which depends on this module: the account's pages
 * read them through {@link fr.cpam.demarches.compte.CartesDesTitulaires}, which it implements.
 *
 * <p>Other modules read an account as the records {@link fr.cpam.demarches.compte.Assure},
 * {@link fr.cpam.demarches.compte.Beneficiaire} and {@link fr.cpam.demarches.compte.Cpam}, made
 * inside {@code CompteService}'s transactions, and change it through {@code CompteService}; the
 * entities and their repositories are internal ({@code compte.interne},
 * docs/decisions/0096-le-compte-lu-en-records.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compte de l'assuré")
package fr.cpam.demarches.compte;
