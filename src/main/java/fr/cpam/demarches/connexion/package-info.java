/**
 * The ways in for citizens besides the NIR and the personal code typed on the login page:
 * « Code oublié » (a new personal code by e-mail, which also ends a lock), « Créer un compte »
 * (an insured person known to the CPAM creates her login: identity, e-mail confirmed by a link,
 * code chosen), the one-time code after the personal code, FranceConnect. Pages under
 * {@code /connexion/}, server-rendered, with their own security chain (anti-CSRF token on every
 * form), and no answer that tells whether an account exists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Connexion des assurés")
package fr.cpam.demarches.connexion;
