package fr.cpam.demarches.paiements;

import java.time.LocalDate;

/**
 * A payment the CPAM has not made yet, with the step it waits on ("Attestation de salaire de
 * votre employeur", "Prochain versement le 24/03/2026"…). Reported again at each step.
 */
public record PaiementAttendu(
    String cleSource,
    String nirAssure,
    String nirBeneficiaire,
    String nomBeneficiaire,
    NaturePaiement nature,
    String libelle,
    LocalDate periodeDebut,
    LocalDate periodeFin,
    PayeA payeA,
    String libellePayeA,
    String etapeAttente,
    String referenceDossier) {}
