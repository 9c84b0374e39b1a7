package fr.cpam.demarches.paiements;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment made, as a procedure reports it to "Mes paiements".
 *
 * @param cleSource unique per payment in the reporting procedure (reporting it again updates it)
 * @param nirAssure the account owner, who reads the line
 * @param retenuesCsg withheld CSG, zero when none (reimbursements of care)
 * @param libellePayeA who received it, as the citizen reads it ("Vous", "Votre employeur…")
 */
public record PaiementEffectue(
    String cleSource,
    String nirAssure,
    String nirBeneficiaire,
    String nomBeneficiaire,
    NaturePaiement nature,
    String libelle,
    LocalDate datePaiement,
    LocalDate periodeDebut,
    LocalDate periodeFin,
    BigDecimal montantBrut,
    BigDecimal retenuesCsg,
    BigDecimal retenuesCrds,
    PayeA payeA,
    String libellePayeA,
    String referenceDossier) {}
