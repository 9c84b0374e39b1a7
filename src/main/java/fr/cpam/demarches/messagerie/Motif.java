package fr.cpam.demarches.messagerie;

import fr.cpam.demarches.commun.ValeurCodee;
import java.util.Optional;

/**
 * The motifs a citizen chooses from when writing to their CPAM, in display order; the last one
 * lets them write when no other fits. The codes are stable: they are stored, sent by clients
 * and read by the routing table {@code Decision_ServiceMessage}. The list of the real ameli
 * account is not published: these follow its services (docs/regles-metier.md, « Messagerie »).
 */
public enum Motif implements ValeurCodee {
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

  /** The stable code is the constant's name, e.g. {@code DROITS_DEMARCHES}. */
  @Override
  public String code() {
    return name();
  }

  @Override
  public String libelle() {
    return libelle;
  }

  static Optional<Motif> deCode(String code) {
    return ValeurCodee.depuisCode(Motif.class, code);
  }
}
