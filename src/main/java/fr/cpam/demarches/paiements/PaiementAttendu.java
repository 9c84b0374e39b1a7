package fr.cpam.demarches.paiements;

import java.time.LocalDate;

/**
 * A payment the CPAM has not made yet, with the step it waits on ("Attestation de salaire de
 * votre employeur", "Prochain versement le 24/03/2026"…) and, when known, the day it is planned.
 * Reported again at each step.
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
    String referenceDossier,
    LocalDate datePrevue) {

  /** A payment awaited on a step whose date is not known yet. */
  public PaiementAttendu(
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
      String referenceDossier) {
    this(cleSource, nirAssure, nirBeneficiaire, nomBeneficiaire, nature, libelle, periodeDebut, periodeFin, payeA,
        libellePayeA, etapeAttente, referenceDossier, null);
  }
}
