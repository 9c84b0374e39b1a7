package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.Beneficiaire;

/** A request whose every field was checked: the account, the person, the reason, the address. */
record DemandeValidee(
    Assure compte, Beneficiaire beneficiaire, MotifDeclaration motif, Adresse adresse, boolean adresseModifiee) {}
