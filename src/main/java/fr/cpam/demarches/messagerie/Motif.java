package fr.cpam.demarches.messagerie;

import java.util.Arrays;
import java.util.Optional;

/**
 * The motifs a citizen chooses from when writing to their CPAM, in display order; the last one
 * lets them write when no other fits. The codes are stable: they are stored, sent by clients
 * and read by the routing table {@code Decision_ServiceMessage}. The list of the real ameli
 * account is not published: these follow its services (DOMAIN.md §4).
 */
enum Motif {
  DROITS_DEMARCHES("Droits et démarches"),
  REMBOURSEMENTS("Remboursements de soins"),
  ARRET_TRAVAIL("Arrêt de travail et indemnités journalières"),
  CARTE_VITALE("Carte Vitale"),
  INFORMATIONS_PERSONNELLES("Informations personnelles (adresse, coordonnées bancaires)"),
  COMPLEMENTAIRE_SANTE_SOLIDAIRE("Complémentaire santé solidaire"),
  MATERNITE_PATERNITE("Maternité / paternité"),
  ACCIDENT_TIERS("Accident causé par un tiers"),
  COMPTE_AMELI("Compte ameli"),
  AUTRE("Autre demande");

  private final String libelle;

  Motif(String libelle) {
    this.libelle = libelle;
  }

  String libelle() {
    return libelle;
  }

  static Optional<Motif> deCode(String code) {
    return Arrays.stream(values()).filter(m -> m.name().equals(code)).findFirst();
  }
}
