package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.commun.FormatDocument;
import fr.cpam.demarches.compte.Beneficiaire;
import java.time.LocalDate;

/** A declaration that passed every check, ready to open a dossier. */
public record DeclarationValidee(
    Beneficiaire beneficiaire,
    LocalDate dateAccident,
    String lieu,
    NatureAccident nature,
    String circonstances,
    boolean tiersConnu,
    String tiersIdentite,
    String assureurNom,
    String assureurContrat,
    boolean pvOuPlainte,
    String pvReference,
    Fichier piece,
    FormatDocument formatPiece,
    String temoins,
    boolean urgences,
    boolean hospitalisation,
    boolean arretTravail,
    String referenceArret,
    boolean soinsEnCours,
    String complementaire,
    long joursApresAccident,
    boolean enRetard) {}
