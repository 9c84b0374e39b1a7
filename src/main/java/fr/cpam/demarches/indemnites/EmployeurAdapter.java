package fr.cpam.demarches.indemnites;

import java.time.LocalDate;

/**
 * The employers' side (their payroll software, through the DSN channel): the CPAM asks them for
 * the salary attestation of an arrêt. They answer later by {@code POST /api/attestations-salaire}.
 */
interface EmployeurAdapter {

  /** A reminder: no attestation has arrived for this arrêt. */
  void rappelerAttestation(String siret, String referenceArret, LocalDate debutArret);

  /** The attestation received was wrong: a corrected one is asked for, with the reason. */
  void demanderNouvelleAttestation(String siret, String referenceArret, String motif);

  /** A figure a rule needs is missing from the attestation: the employer is asked for it, named. */
  void demanderChiffreManquant(String siret, String referenceArret, String chiffre);
}
