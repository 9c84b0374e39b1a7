package fr.cpam.demarches.indemnites;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/** Each row of the three decision tables of the procedure, read from processes/ as deployed. */
class DecisionsIndemnitesTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private static DmnDecision decision(String fichier, String cle) {
    try (InputStream in = new FileInputStream("processes/" + fichier)) {
      return DMN.parseDecision(cle, in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> variables(Object... clesValeurs) {
    Map<String, Object> v = new HashMap<>();
    for (int i = 0; i < clesValeurs.length; i += 2) {
      v.put((String) clesValeurs[i], clesValeurs[i + 1]);
    }
    return v;
  }

  // --- Vérification de l'attestation -------------------------------------------------------

  private final DmnDecision verification =
      decision("VerificationAttestationSalaire.dmn", IndemnitesJournalieresProcess.DECISION_VERIFICATION_ATTESTATION);

  private String motif(boolean siretConcordant, boolean travaille, double heures, double salaires) {
    DmnDecisionTableResult r =
        DMN.evaluateDecisionTable(
            verification,
            variables("siretConcordant", siretConcordant, "jourTravaillePendantArret", travaille, "heuresTravaillees", heures,
                "totalSalaires", salaires));
    return r.getSingleResult() == null ? null : r.getSingleResult().getSingleEntry();
  }

  @Test
  void une_attestation_coherente_ne_demande_aucune_verification() {
    assertThat(motif(true, false, 455, 6000)).isNull();
  }

  @Test
  void un_autre_siret_que_celui_de_l_avis_demande_une_verification() {
    assertThat(motif(false, false, 455, 6000)).contains("SIRET");
  }

  @Test
  void un_jour_travaille_pendant_l_arret_demande_une_verification() {
    assertThat(motif(true, true, 455, 6000)).contains("jour travaillé pendant l'arrêt");
  }

  @Test
  void des_salaires_sans_heures_demandent_une_verification() {
    assertThat(motif(true, false, 0, 6000)).contains("sans aucune heure");
  }

  @Test
  void des_heures_sans_salaire_demandent_une_verification() {
    assertThat(motif(true, false, 455, 0)).contains("sans aucun salaire");
  }

  @Test
  void la_premiere_regle_qui_s_applique_donne_le_motif() {
    assertThat(motif(false, true, 0, 6000)).contains("SIRET");
  }

  // --- Avis médical -------------------------------------------------------------------------

  private final DmnDecision avis = decision("AvisMedicalIndemnites.dmn", VersementsIndemnitesJournalieresProcess.DECISION_AVIS_MEDICAL);

  private boolean avisRequis(int duree, boolean dejaDemande) {
    return (Boolean) DMN.evaluateDecisionTable(avis, variables("dureeArretJours", duree, "avisMedicalDemande", dejaDemande))
        .getSingleResult()
        .getSingleEntry();
  }

  @Test
  void un_arret_de_plus_de_45_jours_demande_l_avis_du_service_medical() {
    assertThat(avisRequis(46, false)).isTrue();
  }

  @Test
  void l_avis_n_est_demande_qu_une_fois() {
    assertThat(avisRequis(120, true)).isFalse();
  }

  @Test
  void un_arret_de_45_jours_ne_demande_pas_d_avis() {
    assertThat(avisRequis(45, false)).isFalse();
    assertThat(avisRequis(10, true)).isFalse();
  }

  // --- Ouverture des droits ------------------------------------------------------------------

  private final DmnDecision droits =
      decision("EligibiliteIndemnites.dmn", VersementsIndemnitesJournalieresProcess.DECISION_ELIGIBILITE);

  private Map<String, Object> droits(
      boolean plusDeSixMois, double heures3, Double smic6, Integer immat, Double heures12, Double smic12) {
    return DMN.evaluateDecisionTable(
            droits,
            variables("plusDeSixMois", plusDeSixMois, "heuresTroisMois", heures3, "salairesSixMoisEnSmicHoraire", smic6,
                "moisImmatriculation", immat, "heuresDouzeMois", heures12, "salairesDouzeMoisEnSmicHoraire", smic12))
        .getSingleResult()
        .getEntryMap();
  }

  @Test
  void six_premiers_mois_150_heures_en_3_mois_ouvrent_les_droits() {
    assertThat(droits(false, 150, 0.0, 0, null, null)).containsEntry("droitsOuverts", true);
    assertThat((String) droits(false, 150, 0.0, 0, null, null).get("motifDroits")).contains("150 heures");
  }

  @Test
  void six_premiers_mois_1015_smic_horaires_en_6_mois_ouvrent_les_droits() {
    Map<String, Object> r = droits(false, 120, 1015.0, 0, null, null);
    assertThat(r).containsEntry("droitsOuverts", true);
    assertThat((String) r.get("motifDroits")).contains("1 015");
  }

  @Test
  void six_premiers_mois_sans_l_une_ou_l_autre_condition_les_droits_ne_sont_pas_ouverts() {
    Map<String, Object> r = droits(false, 149.5, 1014.99, 200, 2000.0, 5000.0);
    assertThat(r).containsEntry("droitsOuverts", false);
    assertThat((String) r.get("motifDroits")).contains("Moins de 150 heures");
  }

  @Test
  void au_dela_de_6_mois_il_faut_12_mois_d_immatriculation() {
    Map<String, Object> r = droits(true, 500, 3000.0, 11, 2000.0, 5000.0);
    assertThat(r).containsEntry("droitsOuverts", false);
    assertThat((String) r.get("motifDroits")).contains("immatriculé depuis au moins 12 mois");
  }

  @Test
  void au_dela_de_6_mois_600_heures_en_12_mois_ouvrent_les_droits() {
    Map<String, Object> r = droits(true, 500, 3000.0, 12, 600.0, null);
    assertThat(r).containsEntry("droitsOuverts", true);
    assertThat((String) r.get("motifDroits")).contains("600 heures");
  }

  @Test
  void au_dela_de_6_mois_2030_smic_horaires_en_12_mois_ouvrent_les_droits() {
    Map<String, Object> r = droits(true, 500, 3000.0, 40, 599.0, 2030.0);
    assertThat(r).containsEntry("droitsOuverts", true);
    assertThat((String) r.get("motifDroits")).contains("2 030");
  }

  @Test
  void au_dela_de_6_mois_sans_ces_conditions_les_droits_cessent() {
    assertThat(droits(true, 500, 3000.0, 40, 599.0, 2029.0)).containsEntry("droitsOuverts", false);
  }

  @Test
  void six_premiers_mois_moins_de_150_heures_sans_total_de_6_mois_le_chiffre_manque_et_rien_ne_le_remplace() {
    Map<String, Object> r = droits(false, 149, null, null, null, null);
    assertThat(r.get("droitsOuverts")).isNull();
    assertThat((String) r.get("motifDroits")).startsWith("Chiffre manquant : le total des salaires bruts des 6 mois");
    // 150 hours decide alone: the 6-month total is not needed.
    assertThat(droits(false, 150, null, null, null, null)).containsEntry("droitsOuverts", true);
  }

  @Test
  void au_dela_de_6_mois_un_chiffre_de_12_mois_absent_qui_deciderait_est_demande() {
    Map<String, Object> aucun = droits(true, 500, 3000.0, 40, null, null);
    assertThat(aucun.get("droitsOuverts")).isNull();
    assertThat((String) aucun.get("motifDroits")).contains("les heures travaillées et le total des salaires bruts des 12 mois");
    Map<String, Object> heures = droits(true, 500, 3000.0, 40, null, 2029.0);
    assertThat(heures.get("droitsOuverts")).isNull();
    assertThat((String) heures.get("motifDroits")).startsWith("Chiffre manquant : les heures travaillées des 12 mois");
    Map<String, Object> salaires = droits(true, 500, 3000.0, 40, 599.0, null);
    assertThat(salaires.get("droitsOuverts")).isNull();
    assertThat((String) salaires.get("motifDroits")).startsWith("Chiffre manquant : le total des salaires bruts des 12 mois");
    // One figure that decides is enough; an affiliation under 12 months decides before any figure.
    assertThat(droits(true, 500, 3000.0, 40, 600.0, null)).containsEntry("droitsOuverts", true);
    assertThat(droits(true, 500, 3000.0, 40, null, 2030.0)).containsEntry("droitsOuverts", true);
    assertThat(droits(true, 500, 3000.0, 11, null, null)).containsEntry("droitsOuverts", false);
  }
}
