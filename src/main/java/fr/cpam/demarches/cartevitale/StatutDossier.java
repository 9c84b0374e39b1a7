package fr.cpam.demarches.cartevitale;

/** The steps of a carte Vitale dossier as the citizen sees them under "Ma carte Vitale". */
public enum StatutDossier {
  DECLAREE("Déclaration enregistrée", false),
  DEMANDEE("Demande enregistrée", false),
  EN_EXAMEN("En cours d'examen par votre CPAM", false),
  PIECES_ATTENDUES("En attente de votre photo et de votre pièce d'identité", false),
  PIECES_RECUES("Photo et pièce d'identité reçues", false),
  IDENTITE_EN_VERIFICATION("Pièces reçues, en cours de vérification", false),
  EN_FABRICATION("Carte en cours de fabrication", false),
  CARTE_FABRIQUEE("Carte fabriquée, en attente d'expédition", false),
  CARTE_EXPEDIEE("Carte expédiée", false),
  CARTE_ACTIVE("Nouvelle carte active", true),
  REFUSEE("Demande refusée", true),
  CLOSE_SANS_REPONSE("Dossier clos faute de réponse", true);

  private final String libelle;
  private final boolean final_;

  StatutDossier(String libelle, boolean final_) {
    this.libelle = libelle;
    this.final_ = final_;
  }

  String libelle() {
    return libelle;
  }

  /** A final status closes the dossier: the beneficiary may start a new one. */
  public boolean estFinal() {
    return final_;
  }

  /** As in the API: lower case, {@code carte_expediee}. */
  String code() {
    return name().toLowerCase();
  }
}
