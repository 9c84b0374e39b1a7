package fr.cpam.demarches.cartevitale;

import java.util.Map;

/**
 * What a citizen typed, from the API or from the Tasklist form, before any check. The motif and
 * the commitment are null for a first order.
 */
record SaisieDemande(
    String beneficiaire,
    String motif,
    String adresseLigne1,
    String adresseLigne2,
    String adresseCodePostal,
    String adresseCommune,
    Boolean engagementRestitution) {

  /** The answers of a Tasklist form (process variables). */
  static SaisieDemande depuisVariables(Map<String, Object> variables) {
    return new SaisieDemande(
        texte(variables.get(DemandesCarteVitaleProcess.BENEFICIAIRE)),
        texte(variables.get(DemandesCarteVitaleProcess.MOTIF)),
        texte(variables.get(DemandesCarteVitaleProcess.ADRESSE_LIGNE1)),
        texte(variables.get(DemandesCarteVitaleProcess.ADRESSE_LIGNE2)),
        texte(variables.get(DemandesCarteVitaleProcess.ADRESSE_CODE_POSTAL)),
        texte(variables.get(DemandesCarteVitaleProcess.ADRESSE_COMMUNE)),
        variables.get(DemandesCarteVitaleProcess.ENGAGEMENT_RESTITUTION) instanceof Boolean b
            ? b
            : variables.get(DemandesCarteVitaleProcess.ENGAGEMENT_RESTITUTION) == null
                ? null
                : Boolean.valueOf("true".equalsIgnoreCase(variables.get(DemandesCarteVitaleProcess.ENGAGEMENT_RESTITUTION).toString())));
  }

  /** The same answers as process variables, to complete the form's task from the API. */
  Map<String, Object> enVariables() {
    Map<String, Object> v = new java.util.HashMap<>();
    v.put(DemandesCarteVitaleProcess.BENEFICIAIRE, beneficiaire);
    v.put(DemandesCarteVitaleProcess.ADRESSE_LIGNE1, adresseLigne1);
    v.put(DemandesCarteVitaleProcess.ADRESSE_LIGNE2, adresseLigne2);
    v.put(DemandesCarteVitaleProcess.ADRESSE_CODE_POSTAL, adresseCodePostal);
    v.put(DemandesCarteVitaleProcess.ADRESSE_COMMUNE, adresseCommune);
    if (motif != null) {
      v.put(DemandesCarteVitaleProcess.MOTIF, motif);
    }
    if (engagementRestitution != null) {
      v.put(DemandesCarteVitaleProcess.ENGAGEMENT_RESTITUTION, engagementRestitution);
    }
    return v;
  }

  private static String texte(Object valeur) {
    return valeur == null ? null : valeur.toString();
  }
}
