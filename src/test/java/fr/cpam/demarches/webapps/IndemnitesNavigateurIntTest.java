package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.navigateur.Navigateur;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Indemnités journalières: the doctor's notice and an employer's attestation that names another
 * employer arrive through the API; the agent of prestations en espèces finds "Vérifier
 * l'attestation de salaire" in Tasklist with what contradicts the notice, claims it and confirms
 * the attestation; the dossier then goes on to the calculation.
 */
@TestIntegration
class IndemnitesNavigateurIntTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  static final String SIRET_DE_L_AVIS = "12345678900015";
  static final String AUTRE_SIRET = "73282932000074";
  /** A salaried man of the Paris CPAM of its own: arrêts of one person may not overlap. */
  static final Nir SALARIE = Nir.depuisIdentifiant("1751275120042");

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired Http http;
  @Autowired CompteService comptes;
  @Autowired HistoryService historyService;
  @Autowired JobsDus jobs;

  @Test
  void l_agent_des_prestations_verifie_dans_tasklist_une_attestation_qui_contredit_l_avis_d_arret() {
    if (comptes.trouver(SALARIE).isEmpty()) {
      comptes.ouvrirCompte(SALARIE, "MOREAU", "Julien", LocalDate.of(1975, 12, 3), null,
          Adresse.de("adresse", "40 rue de la Roquette", null, "75011", "Paris"), "751", "5173");
    }
    LocalDate debut = LocalDate.now(HORLOGE);
    Http.Reponse avis = http.en("medecin").post("/api/arrets-travail", Map.of(
        "nir", SALARIE.formate(),
        "dateDebut", debut.toString(),
        "dateFin", debut.plusDays(20).toString(),
        "datePrescription", debut.toString(),
        "prolongation", false,
        "siretEmployeur", SIRET_DE_L_AVIS));
    assertThat(avis.statut()).as(avis.corps()).isEqualTo(201);
    String reference = avis.json().path("reference").asText();
    Http.Reponse attestation = http.en("employeur").post("/api/attestations-salaire", Map.of(
        "referenceArret", reference,
        "salairesBruts", List.of(2400, 2400, 2400),
        "heuresTravaillees", 455,
        "subrogation", false,
        "siretEmployeur", AUTRE_SIRET));
    assertThat(attestation.statut()).as(attestation.corps()).isIn(200, 201, 202);
    HistoricProcessInstance dossier =
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
    jobs.deLInstance(dossier.getId());

    navigateur.connecterTasklist("agent.prestations", "demo");
    navigateur.choisirFiltre("Tâches de mon service");
    navigateur.ouvrirTache(reference);
    assertThat(navigateur.valeur("Dossier")).isEqualTo(reference);
    assertThat(navigateur.valeur("Assuré(e)")).contains("MOREAU");
    assertThat(navigateur.valeur("Motif de la vérification")).contains("SIRET");
    // What the agent compares, written as a French reader expects it.
    assertThat(navigateur.valeur("SIRET de l'employeur (avis d'arrêt)")).isEqualTo("123 456 789 00015");
    assertThat(navigateur.valeur("SIRET de l'employeur (attestation)")).isEqualTo("732 829 320 00074");
    String jjmmaaaa = debut.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertThat(navigateur.valeur("Début de l'arrêt")).isEqualTo(jjmmaaaa);
    assertThat(navigateur.valeur("Fin de l'arrêt"))
        .isEqualTo(debut.plusDays(20).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    assertThat(navigateur.valeur("Dernier jour travaillé (attestation)")).isEqualTo("Non indiqué");
    assertThat(navigateur.valeur("Salaires bruts déclarés (3 derniers mois)")).contains("400,00 €");
    assertThat(navigateur.texte()).doesNotContain(debut.toString(), SIRET_DE_L_AVIS, AUTRE_SIRET);
    assertThat(navigateur.texte()).contains("Vérifier l'attestation de salaire");
    navigateur.capture("indemnites-1-verifier-l-attestation");
    navigateur.prendreEnCharge();
    navigateur.choisir("Décision", "L'attestation est juste : la confirmer et calculer les indemnités");
    assertThat(navigateur.validerSansSucces()).as("commentaire obligatoire").contains("Champ obligatoire");
    navigateur.remplir("Commentaire", "Établissement secondaire de la même entreprise, confirmé par téléphone.");
    navigateur.capture("indemnites-2-attestation-confirmee");
    navigateur.valider();

    assertThat(navigateur.texte()).doesNotContain(reference);
    // The calculation follows the agent's decision in its own transaction (asyncAfter).
    jobs.deLInstance(dossier.getId());
    var suite = http.en("agent.prestations").get("/api/arrets-travail/" + reference).json();
    assertThat(suite.path("statut").asText()).isNotEqualTo("Attestation de salaire en cours de vérification");
    assertThat(suite.path("montantJournalier").decimalValue()).as("indemnité calculée sur l'attestation confirmée").isPositive();
  }
}
