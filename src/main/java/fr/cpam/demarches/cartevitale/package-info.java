/**
 * Carte Vitale: declaring a lost, stolen or broken card (the old card goes into opposition at
 * once, an attestation de droits replaces it meanwhile), ordering a first card for a
 * beneficiary of 12 or more, and the production and delivery of the new card by the card
 * factory, shared by both procedures.
 *
 * <p>The processes are in {@code processes/} ({@code CarteVitalePerteVol},
 * {@code CarteVitaleCommande}, {@code ProductionCarteVitale}); the record of each dossier, its
 * history of statuses, the oppositions and the identity documents are in this module's tables.
 * The card factory is reached through {@link fr.cpam.demarches.cartevitale.FabriqueCartes}.
 *
 * <p>The cards themselves (table {@code carte_vitale}) belong to this module, which alone changes
 * their status; other modules read or record them through {@link
 * fr.cpam.demarches.cartevitale.CartesVitale} and {@link
 * fr.cpam.demarches.cartevitale.StatutCarteVitale}. The cards, dossiers, their history,
 * oppositions, documents, letters and the simulated factory's answers (entities and
 * repositories) are internal ({@code cartevitale.interne}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Carte Vitale")
package fr.cpam.demarches.cartevitale;
