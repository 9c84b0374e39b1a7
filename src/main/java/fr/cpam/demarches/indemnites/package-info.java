/**
 * Indemnités journalières maladie of salaried workers: the procedure started by the doctor's
 * sick-leave notice, the employer's salary attestation, the eligibility and the amount
 * (docs/regles-metier.md), the checks that need a person, and the payments every 14 days through the
 * bank: the dossier's process decides (first payment, 6th month, prolongation, last days), the
 * daily payment run ({@code TourneePaiementsIj}) makes the ordinary payments in lots. Also the
 * citizen's simulation of their allowance.
 *
 * <p>The payments it makes are reported to {@link fr.cpam.demarches.paiements} ("Mes
 * paiements"); the citizen is told of each step through {@link fr.cpam.demarches.notification}.
 *
 * <p>A training server's room clock moves some dossiers' arrêt dates through
 * {@link fr.cpam.demarches.indemnites.DatesDesArrets}.
 * <p>The arrêt, its notice, its salary attestation, its payments and its status (entities and
 * repositories) are internal ({@code indemnites.interne}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indemnités journalières")
package fr.cpam.demarches.indemnites;
