package fr.cpam.demarches.indemnites;

import static fr.cpam.demarches.indemnites.IndemnitesJournalieresProcessIntTest.le;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.indemnites.interne.ArretTravailRepository;
import fr.cpam.demarches.indemnites.interne.VersementIj;
import fr.cpam.demarches.indemnites.interne.VersementIjRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The net a citizen reads in a simulation for a period is the net the payment run pays for that
 * period, to the cent: on both sides of the 1 April 2025 change (ceiling 1.8 → 1.4 SMIC) and of
 * the 1 January 2026 one (the SMIC of the month before the arrêt), capped or not.
 */
@TestIntegration
class NetSimuleEtVerseIntTest {

  @Autowired Http http;
  @Autowired ArretTravailService arrets;
  @Autowired ArretTravailRepository dossiers;
  @Autowired VersementIjRepository versements;
  @Autowired Citoyens assures;
  @Autowired TourneeDeTest tournee;
  @Autowired JobsDus jobs;

  @BeforeEach
  void seulementCeDossier() {
    tournee.seulementLesDossiersDuTest();
  }

  @ParameterizedTest(name = "arrêt du {0}, salaires {1} × 3")
  @CsvSource({
    "2025-03-31, 3000", "2025-04-01, 3000", "2025-06-15, 2500", "2025-12-31, 4000", "2026-01-01, 4000",
    "2026-02-02, 4000", "2026-02-02, 2000", "2025-12-31, 1999.99"
  })
  void le_net_simule_pour_14_jours_est_le_net_verse_par_la_tournee(LocalDate debut, BigDecimal salaire) {
    Nir nir = assures.salarie();
    le(debut, 9);
    String reference = arrets.recevoirAvis(new ArretTravailService.AvisRecu(
        nir.formate(), debut, debut.plusDays(39), debut, false, null, "12345678900015", false)).reference();
    le(debut.plusDays(1), 10);
    arrets.recevoirAttestation(new ArretTravailService.AttestationRecue(
        reference, List.of(salaire, salaire, salaire), new BigDecimal("455"), false, null, null, null, null, null));
    // The first payment is the dossier's decision; the second, 14 days later, is the payment run's.
    le(debut.plusDays(15), 7);
    tournee.lancer();
    jobs.duDossier(reference);
    le(debut.plusDays(29), 7);
    tournee.lancer();
    List<VersementIj> verses = versements.findByArretOrderByPeriodeDebutAsc(dossiers.findByReference(reference).orElseThrow());
    assertThat(verses).hasSize(2).allMatch(VersementIj::estVerse);
    VersementIj parLaTournee = verses.get(1);
    assertThat(parLaTournee.getJours()).isEqualTo(14);

    Http.Reponse simulation = http.en(Http.CLAIRE).post("/api/indemnites-journalieres/simulations",
        Map.of("dateDebutArret", debut.toString(), "salairesBruts", List.of(salaire, salaire, salaire),
            "debutPeriode", parLaTournee.getPeriodeDebut().toString(), "joursPeriode", 14));

    assertThat(simulation.statut()).as(simulation.corps()).isEqualTo(200);
    JsonNode s = simulation.json();
    assertThat(s.path("finPeriode").asText()).isEqualTo(parLaTournee.getPeriodeFin().toString());
    assertThat(s.path("montantJournalierBrut").decimalValue()).isEqualByComparingTo(parLaTournee.getMontantJournalier());
    assertThat(s.path("montantBrutPeriode").decimalValue()).isEqualByComparingTo(parLaTournee.getMontantBrut());
    assertThat(s.path("csgPeriode").decimalValue()).isEqualByComparingTo(parLaTournee.getCsg());
    assertThat(s.path("crdsPeriode").decimalValue()).isEqualByComparingTo(parLaTournee.getCrds());
    assertThat(s.path("montantNetPeriode").decimalValue()).isEqualByComparingTo(parLaTournee.getMontantNet());
  }
}
