/**
 * "Mon espace": the citizen's own pages under {@code /espace/}, server-rendered in French
 * (Spring MVC and Thymeleaf, no JavaScript needed): her home page, her dossiers and what is
 * expected from her, her messagerie, her payments, her cartes Vitale, the processing delays and
 * the simulation of daily allowances.
 *
 * <p>Shares the webapps' session (one login for Tasklist and these pages) and calls the other
 * modules' services, which hold the rules: a page says the same words as the API. Nothing here is
 * API for the other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mon espace")
package fr.cpam.demarches.espace;
