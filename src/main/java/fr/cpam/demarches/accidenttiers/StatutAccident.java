package fr.cpam.demarches.accidenttiers;

/** Where a dossier stands, as the victim reads it. */
public enum StatutAccident {
  DECLAREE("Déclaration reçue", false),
  COMPLEMENT_DEMANDE("Informations demandées à la victime", false),
  EN_INSTRUCTION("Recours en cours d'instruction", false),
  RECHERCHE_ASSUREUR("Recherche de l'assureur du responsable", false),
  EN_CHIFFRAGE("Calcul des sommes à réclamer", false),
  CREANCE_NOTIFIEE("Sommes réclamées au responsable", false),
  EN_DESACCORD("Désaccord avec le responsable en cours de traitement", false),
  RECOUVREE("Clos : sommes recouvrées", true),
  RECOUVREE_PARTIELLEMENT("Clos : sommes recouvrées en partie", true),
  CONTENTIEUX("Transmis au service contentieux", true),
  ABANDONNEE("Clos : recours abandonné", true),
  CLASSEE("Clos : pas de recours contre un tiers", true);

  private final String libelle;
  private final boolean clos;

  StatutAccident(String libelle, boolean clos) {
    this.libelle = libelle;
    this.clos = clos;
  }

  public String libelle() {
    return libelle;
  }

  public boolean estClos() {
    return clos;
  }

  /** The code of the API: the name in lower case ({@code creance_notifiee}). */
  public String code() {
    return name().toLowerCase();
  }
}
