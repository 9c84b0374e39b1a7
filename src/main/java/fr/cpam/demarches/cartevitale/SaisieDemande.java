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
        texte(variables.get(Variables.BENEFICIAIRE)),
        texte(variables.get(Variables.MOTIF)),
        texte(variables.get(Variables.ADRESSE_LIGNE1)),
        texte(variables.get(Variables.ADRESSE_LIGNE2)),
        texte(variables.get(Variables.ADRESSE_CODE_POSTAL)),
        texte(variables.get(Variables.ADRESSE_COMMUNE)),
        variables.get(Variables.ENGAGEMENT_RESTITUTION) instanceof Boolean b
            ? b
            : variables.get(Variables.ENGAGEMENT_RESTITUTION) == null
                ? null
                : Boolean.valueOf("true".equalsIgnoreCase(variables.get(Variables.ENGAGEMENT_RESTITUTION).toString())));
  }

  /** The same answers as process variables, to complete the form's task from the API. */
  Map<String, Object> enVariables() {
    Map<String, Object> v = new java.util.HashMap<>();
    v.put(Variables.BENEFICIAIRE, beneficiaire);
    v.put(Variables.ADRESSE_LIGNE1, adresseLigne1);
    v.put(Variables.ADRESSE_LIGNE2, adresseLigne2);
    v.put(Variables.ADRESSE_CODE_POSTAL, adresseCodePostal);
    v.put(Variables.ADRESSE_COMMUNE, adresseCommune);
    if (motif != null) {
      v.put(Variables.MOTIF, motif);
    }
    if (engagementRestitution != null) {
      v.put(Variables.ENGAGEMENT_RESTITUTION, engagementRestitution);
    }
    return v;
  }

  private static String texte(Object valeur) {
    return valeur == null ? null : valeur.toString();
  }
}
