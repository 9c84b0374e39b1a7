package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiers;
import fr.cpam.demarches.accidenttiers.interne.EnvoiCreance;
import fr.cpam.demarches.accidenttiers.interne.LigneCreance;
import fr.cpam.demarches.indemnites.TourneeIndemnites;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The worked example of the recovery: an arrêt de travail caused by a road accident, paid by
 * this project's daily allowances (the doctor's notice, the employer's attestation, the payment
 * run), three payments made; the agent enters 420.50 euros of care costs; the claim is the sum
 * of those, item by item, plus the management fee by its rule; the arrêt is prolonged while the
 * payer has not answered yet, and the payment of the prolongation is claimed in addition; the
 * payer pays the whole, the dossier closes recovered.
 */
class RecoursArretDeTravailIntTest extends ProcessusAccidentTiersIntTest {

  static final String SIRET = "12345678900015";

  @Autowired Http http;
  @Autowired JdbcTemplate jdbc;

  @Test
  void arret_cause_par_un_accident_de_la_route_trois_indemnites_et_420_50_de_soins_reclames_puis_la_prolongation_en_complement() {
    var famille = comptes.famille();
    String nir = famille.parent().formate();

    le(LocalDate.of(2026, 3, 10), 9);
    var avis = http.en("medecin").post("/api/arrets-travail", Map.of("nir", nir, "dateDebut", "2026-03-10", "dateFin", "2026-04-30",
        "datePrescription", "2026-03-10", "prolongation", false, "siretEmployeur", SIRET));
    assertThat(avis.statut()).as(avis.corps()).isEqualTo(201);
    String arret = avis.json().path("reference").asText();
    le(LocalDate.of(2026, 3, 11), 10);
    var attestation = http.en("employeur").post("/api/attestations-salaire", Map.of("referenceArret", arret,
        "salairesBruts", List.of(2000, 2000, 2000), "heuresTravaillees", 455, "subrogation", false));
    assertThat(attestation.statut()).as(attestation.corps()).isEqualTo(201);
    executerJobsDus(arret);

    le(LocalDate.of(2026, 3, 12), 9);
    String reference = declarer(famille.identifiant(), avec(accidentDeLaRoute(), DATE_ACCIDENT, "2026-03-09", ARRET_TRAVAIL, true,
        REFERENCE_ARRET, arret));
    ProcessInstance pi = instance(reference);
    le(LocalDate.of(2026, 3, 13), 10);
    agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, RECEVABLE);
    assertThat(pi).isWaitingAt(TACHE_CHIFFRER);
    assertThat(pi).variables().containsEntry(PRIORITE, 70);
    assertThat(lignesDe(reference)).as("aucune indemnité payée encore").isEmpty();

    // Three payments of the arrêt: 13-24 March, 25 March-7 April, 8-21 April, at 32.88 euros a day.
    for (int i = 0; i < 3; i++) {
      prochainVersement(arret);
    }

    le(LocalDate.of(2026, 4, 23), 10);
    agent(reference, TACHE_CHIFFRER, chiffrage(NOTIFIER, "hospitalisation|2026-03-09|420,50"));
    assertThat(lignesDe(reference))
        .extracting(LigneCreance::getNature, LigneCreance::getPeriodeDebut, LigneCreance::getPeriodeFin, LigneCreance::getMontant)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(NatureFrais.HOSPITALISATION, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9), 42050L),
            org.assertj.core.groups.Tuple.tuple(NatureFrais.INDEMNITES_JOURNALIERES, LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 24), 39456L),
            org.assertj.core.groups.Tuple.tuple(NatureFrais.INDEMNITES_JOURNALIERES, LocalDate.of(2026, 3, 25), LocalDate.of(2026, 4, 7), 46032L),
            org.assertj.core.groups.Tuple.tuple(NatureFrais.INDEMNITES_JOURNALIERES, LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 21), 46032L));
    assureur.imposer(AssureurSimule.Conduite.PAIEMENT_TOTAL);
    agent(reference, TACHE_NOTIFIER, DECISION_NOTIFICATION, ENVOYER);
    executerJobsDus(reference);
    // 1 315.20 € of allowances + 420.50 € of care = 1 735.70 €; the fee is a third, 578.57 €,
    // between 121 € and 1 212 € (the line of 2025): 2 314.27 € claimed.
    assertThat(envoisDe(reference)).singleElement().satisfies(e -> {
      assertThat(e.getPrincipal()).isEqualTo(39456 + 46032 + 46032 + 42050).isEqualTo(173570);
      assertThat(e.getForfait()).isEqualTo(57857);
      assertThat(e.total()).isEqualTo(231427);
      assertThat(e.getBaremeDepuis()).isEqualTo(LocalDate.of(2025, 1, 1));
    });

    // The arrêt is prolonged; its next payment (22 April-5 May) is claimed with the weekly reading.
    le(LocalDate.of(2026, 4, 25), 9);
    var prolongation = http.en("medecin").post("/api/arrets-travail", Map.of("nir", nir, "dateDebut", "2026-05-01",
        "dateFin", "2026-05-15", "datePrescription", "2026-04-25", "prolongation", true, "referenceArretInitial", arret,
        "siretEmployeur", SIRET));
    assertThat(prolongation.statut()).as(prolongation.corps()).isEqualTo(201);
    executerJobsDus(arret);
    prochainVersement(arret);
    le(LocalDate.of(2026, 5, 7), 12);
    executerJobsDus(reference);
    assertThat(envoisDe(reference)).hasSize(2).last().satisfies(e -> {
      assertThat(e.getGenre()).isEqualTo(EnvoiCreance.Genre.COMPLEMENTAIRE);
      assertThat(e.getPrincipal()).isEqualTo(173570 + 46032);
      assertThat(e.getForfait()).isEqualTo(73201);
      assertThat(e.getCleIdempotence()).isEqualTo(reference + "/2");
    });
    assertThat(lignesDe(reference)).last().satisfies(l -> assertThat(l.getEnvoi()).isEqualTo(2));
    assertThat(assureur.creancesRecues(reference)).containsExactly(reference + "/1", reference + "/2");

    le(LocalDate.of(2026, 5, 13), 12);
    lePayeurRepond(reference);
    assertThat(pi).isEnded().hasPassed(FIN_RECOUVREE);
    DossierAccidentTiers dossier = dossier(reference);
    assertThat(dossier.getStatut()).isEqualTo(StatutAccident.RECOUVREE);
    assertThat(dossier.getMontantRecouvre()).isEqualTo(219602 + 73201);
    // The victim's own payments were never touched: every allowance of the arrêt is in her "Mes paiements".
    assertThat(jdbc.queryForObject("select count(*) from paiement where reference_dossier = ? and statut = 'PAYE'", Long.class, arret))
        .isEqualTo(4);
    assertThat(titresNotifications(reference)).contains("Frais réclamés au responsable de l'accident").last()
        .isEqualTo("Dossier d'accident clos");
  }

  /** The next payment day of the arrêt: the payment run, then what it handed back to the dossier's process. */
  private void prochainVersement(String arret) {
    Date jour = jdbc.queryForObject("select prochaine_echeance from arret_travail where reference = ?", Date.class, arret);
    le(jour.toLocalDate(), 7);
    // The tests share one database: the other tests' arrêts are left out of this run.
    fr.cpam.demarches.EcheancesDuTest.seulementLesArrets(
        jdbc.queryForList("select id from arret_travail where reference = ?", Long.class, arret));
    ProcessInstance tournee = runtimeService.startProcessInstanceByKey(TourneeIndemnites.CLE_TOURNEE);
    jobs.deLInstance(tournee.getId());
    executerJobsDus(arret);
  }
}
