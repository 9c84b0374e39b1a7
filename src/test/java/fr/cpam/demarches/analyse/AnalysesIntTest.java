package fr.cpam.demarches.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.engine.interne.AvecCorrectifs;
import fr.cpam.demarches.engine.interne.Correctifs.Correctif;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The figures of the analyses, exact, on a history whose durations are known
 * ({@link HistoriqueConnu}): counts, medians and 90th percentiles (nearest rank), the wait and
 * the handling of user tasks, the flows through an exclusive gateway the history does not write,
 * the ten slowest dossiers, the comparison of two versions, and the messagerie's due dates.
 */
@TestIntegration
class AnalysesIntTest {

  static final long MINUTE = 60_000;

  @Autowired Http http;
  @Autowired HistoriqueConnu historique;

  @BeforeEach
  void historiqueConnu() {
    historique.construire();
  }

  private JsonNode get(String chemin) {
    var r = http.en("analyste").get(chemin);
    assertThat(r.statut()).as(r.corps()).isEqualTo(200);
    return r.json();
  }

  private static Map<String, JsonNode> parId(JsonNode liste) {
    Map<String, JsonNode> parId = new HashMap<>();
    liste.forEach(n -> parId.put(n.path("id").asText(), n));
    return parId;
  }

  @Test
  @AvecCorrectifs(value = Correctif.HISTORIQUE_ALLEGE, raison = "les chiffres attendus sont ceux d'un historique sans passerelles exclusives (décision 0022) ; le moteur nu en écrit")
  void les_chiffres_de_chaque_activite_sont_exacts() {
    JsonNode s = get("/api/analyses/processus/TestAnalyses/statistiques?version=1");

    assertThat(s.path("processus").path("version").asInt()).isEqualTo(1);
    assertThat(s.path("processus").path("versions")).hasSize(2);
    assertThat(s.path("dossiers").path("demarres").asLong()).isEqualTo(6);
    assertThat(s.path("dossiers").path("termines").asLong()).isEqualTo(5);
    // Dossiers of 60, 70, 85, 50 and 110 minutes.
    assertThat(s.path("dossiers").path("duree").path("medianeMs").asLong()).isEqualTo(70 * MINUTE);
    assertThat(s.path("dossiers").path("duree").path("p90Ms").asLong()).isEqualTo(110 * MINUTE);

    Map<String, JsonNode> activites = parId(s.path("activites"));
    JsonNode examiner = activites.get(HistoriqueConnu.EXAMINER);
    assertThat(examiner.path("passages").asLong()).isEqualTo(6);
    assertThat(examiner.path("dossiers").asLong()).isEqualTo(6);
    assertThat(examiner.path("terminees").asLong()).isEqualTo(5);
    // 15, 25, 40, 50, 110 minutes.
    assertThat(examiner.path("duree").path("medianeMs").asLong()).isEqualTo(40 * MINUTE);
    assertThat(examiner.path("duree").path("p90Ms").asLong()).isEqualTo(110 * MINUTE);
    assertThat(examiner.path("attente").path("medianeMs").asLong()).isEqualTo(30 * MINUTE);
    assertThat(examiner.path("attente").path("p90Ms").asLong()).isEqualTo(50 * MINUTE);
    assertThat(examiner.path("traitement").path("medianeMs").asLong()).isEqualTo(10 * MINUTE);
    assertThat(examiner.path("traitement").path("p90Ms").asLong()).isEqualTo(60 * MINUTE);
    assertThat(examiner.path("prisesEnCharge").asLong()).isEqualTo(5);

    JsonNode valider = activites.get(HistoriqueConnu.VALIDER);
    assertThat(valider.path("passages").asLong()).isEqualTo(3);
    assertThat(valider.path("duree").path("medianeMs").asLong()).isEqualTo(45 * MINUTE);
    assertThat(valider.path("attente").path("medianeMs").asLong()).isEqualTo(15 * MINUTE);
    assertThat(valider.path("traitement").path("p90Ms").asLong()).isEqualTo(30 * MINUTE);
    assertThat(activites.get("EndEvent_Rejetee").path("passages").asLong()).isEqualTo(2);
    assertThat(activites).doesNotContainKey("Gateway_Complete");
  }

  @Test
  void chaque_flux_compte_les_dossiers_qui_l_ont_pris_meme_a_travers_une_passerelle_sans_historique() {
    JsonNode s = get("/api/analyses/processus/TestAnalyses/statistiques?version=1");

    Map<String, JsonNode> flux = parId(s.path("flux"));
    assertThat(flux.get(HistoriqueConnu.FLUX_RECU).path("passages").asLong()).isEqualTo(6);
    assertThat(flux.get(HistoriqueConnu.FLUX_EXAMINE).path("passages").asLong()).isEqualTo(5);
    assertThat(flux.get(HistoriqueConnu.FLUX_COMPLET).path("passages").asLong()).isEqualTo(3);
    assertThat(flux.get(HistoriqueConnu.FLUX_INCOMPLET).path("passages").asLong()).isEqualTo(2);
    assertThat(flux.get(HistoriqueConnu.FLUX_VALIDE).path("passages").asLong()).isEqualTo(3);
    assertThat(flux.get(HistoriqueConnu.FLUX_COMPLET).path("part").asDouble()).isEqualTo(0.6);
    assertThat(flux.get(HistoriqueConnu.FLUX_INCOMPLET).path("part").asDouble()).isEqualTo(0.4);
  }

  @Test
  void les_dossiers_les_plus_lents_viennent_en_premier_l_ouvert_d_abord() {
    JsonNode lents = get("/api/analyses/processus/TestAnalyses/statistiques?version=1").path("lesPlusLents");

    assertThat(lents).hasSize(6);
    assertThat(lents.get(0).path("enCours").asBoolean()).isTrue();
    assertThat(StreamSupport.stream(lents.spliterator(), false).skip(1).map(d -> d.path("dureeMs").asLong() / MINUTE))
        .containsExactly(110L, 85L, 70L, 60L, 50L);
    assertThat(lents.toString()).doesNotContain(HistoriqueConnu.NIR).doesNotContain("\"nir\"");
  }

  @Test
  void la_comparaison_de_deux_versions_donne_l_ecart() {
    JsonNode c = get("/api/analyses/processus/TestAnalyses/comparaison?versionA=1&versionB=2");

    assertThat(c.path("dossiers").path("a").asLong()).isEqualTo(6);
    assertThat(c.path("dossiers").path("b").asLong()).isEqualTo(2);
    assertThat(c.path("dossiers").path("difference").asLong()).isEqualTo(-4);
    JsonNode examiner = parId(c.path("activites")).get(HistoriqueConnu.EXAMINER);
    assertThat(examiner.path("medianeMs").path("a").asLong()).isEqualTo(40 * MINUTE);
    assertThat(examiner.path("medianeMs").path("b").asLong()).isEqualTo(10 * MINUTE);
    assertThat(examiner.path("medianeMs").path("difference").asLong()).isEqualTo(-30 * MINUTE);
    assertThat(parId(c.path("flux")).get(HistoriqueConnu.FLUX_COMPLET).path("passages").path("difference").asLong()).isEqualTo(-3);
  }

  @Test
  void toutes_les_versions_ensemble_et_une_periode_qui_ne_contient_rien() {
    JsonNode toutes = get("/api/analyses/processus/TestAnalyses/statistiques");
    assertThat(toutes.path("processus").path("version").isMissingNode()).isTrue();
    assertThat(parId(toutes.path("activites")).get(HistoriqueConnu.EXAMINER).path("passages").asLong()).isEqualTo(8);

    LocalDate avant = HistoriqueConnu.DEBUT.toLocalDate().minusDays(10);
    JsonNode vide = get("/api/analyses/processus/TestAnalyses/statistiques?du=" + avant + "&au=" + avant.plusDays(1));
    assertThat(vide.path("dossiers").path("demarres").asLong()).isZero();
    assertThat(parId(vide.path("activites")).get(HistoriqueConnu.EXAMINER).path("passages").asLong()).isZero();
  }

  @Test
  void les_echeances_de_la_messagerie_par_service_et_par_motif_et_les_messages_en_attente() {
    LocalDate jour = HistoriqueConnu.JOUR_MESSAGES;
    JsonNode m = get("/api/analyses/messagerie?du=" + jour + "&au=" + jour.plusDays(9));

    Map<String, JsonNode> services = new HashMap<>();
    m.path("parService").forEach(p -> services.put(p.path("code").asText(), p));
    assertThat(services.get("gestion-droits").path("echeances").asLong()).isEqualTo(2);
    assertThat(services.get("gestion-droits").path("tenues").asLong()).isEqualTo(1);
    assertThat(services.get("gestion-droits").path("part").asDouble()).isEqualTo(0.5);
    assertThat(services.get("gestion-droits").path("libelle").asText()).isEqualTo("Gestion des droits et des bénéficiaires");
    assertThat(services.get("accueil").path("echeances").asLong()).isEqualTo(2);
    assertThat(services.get("accueil").path("tenues").asLong()).isEqualTo(1);

    Map<String, JsonNode> motifs = new HashMap<>();
    m.path("parMotif").forEach(p -> motifs.put(p.path("code").asText(), p));
    assertThat(motifs.get("DROITS_DEMARCHES").path("part").asDouble()).isEqualTo(1.0);
    assertThat(motifs.get("CARTE_VITALE").path("part").asDouble()).isEqualTo(0.0);
    assertThat(motifs.get("REMBOURSEMENTS").path("echeances").asLong()).isEqualTo(2);
    assertThat(motifs.get("REMBOURSEMENTS").path("tenues").asLong()).isEqualTo(1);
    assertThat(motifs.get("CARTE_VITALE").path("libelle").asText()).isEqualTo("Carte Vitale");

    // End of each day: accueil keeps M4; gestion-droits has M1 and M2, then M2 alone from day 1 to day 4.
    JsonNode encours = m.path("encours");
    assertThat(encours).hasSize(10);
    assertThat(encours.get(0).path("parService").path("accueil").asLong()).isEqualTo(1);
    assertThat(encours.get(0).path("parService").path("gestion-droits").asLong()).isEqualTo(2);
    assertThat(encours.get(1).path("parService").path("gestion-droits").asLong()).isEqualTo(1);
    assertThat(encours.get(4).path("parService").path("gestion-droits").asLong()).isEqualTo(1);
    assertThat(encours.get(5).path("parService").path("gestion-droits").asLong()).isZero();
    assertThat(encours.get(9).path("parService").path("accueil").asLong()).isEqualTo(1);
    assertThat(m.toString()).doesNotContain("DUBOIS").doesNotContain("85 04 75");
  }

  @Test
  @AvecCorrectifs(value = Correctif.HISTORIQUE_ALLEGE, raison = "les chiffres attendus sont ceux d'un historique sans passerelles exclusives (décision 0022) ; le moteur nu en écrit")
  void le_parcours_d_un_dossier_lent_donne_ses_etapes_sans_ses_variables() {
    JsonNode lent = get("/api/analyses/processus/TestAnalyses/statistiques?version=1").path("lesPlusLents").get(1);
    JsonNode parcours = get("/api/analyses/dossiers/" + lent.path("id").asText() + "/parcours");

    assertThat(StreamSupport.stream(parcours.path("etapes").spliterator(), false).map(e -> e.path("activite").asText()))
        .containsExactly("StartEvent_Recue", HistoriqueConnu.EXAMINER, "EndEvent_Rejetee");
    assertThat(parcours.path("etapes").get(1).path("groupe").asText()).isEqualTo(HistoriqueConnu.GROUPE);
    assertThat(parcours.toString()).doesNotContain(HistoriqueConnu.NIR, HistoriqueConnu.NOM, "agent.droits");
  }

  @Test
  void une_periode_ou_une_version_impossible_est_refusee_en_francais() {
    String base = "/api/analyses/processus/TestAnalyses/statistiques";
    var inversee = http.en("analyste").get(base + "?du=2026-03-10&au=2026-03-01");
    assertThat(inversee.statut()).isEqualTo(400);
    assertThat(inversee.typeContenu()).startsWith("application/problem+json");
    assertThat(inversee.detail()).contains("est après sa fin");
    assertThat(inversee.json().path("champ").asText()).isEqualTo("du");

    var future = http.en("analyste").get(base + "?au=" + LocalDate.now().plusDays(3));
    assertThat(future.statut()).isEqualTo(400);
    assertThat(future.detail()).contains("dans le futur");

    var malFormee = http.en("analyste").get(base + "?du=01/03/2026");
    assertThat(malFormee.statut()).isEqualTo(400);
    assertThat(malFormee.typeContenu()).startsWith("application/problem+json");

    var trop = http.en("analyste").get(base + "?du=2020-01-01&au=" + LocalDate.now());
    assertThat(trop.statut()).isEqualTo(400);
    assertThat(trop.detail()).contains("731 jours");

    var inconnu = http.en("analyste").get("/api/analyses/processus/Inexistant/statistiques");
    assertThat(inconnu.statut()).isEqualTo(404);
    assertThat(inconnu.detail()).contains("Inexistant");

    var version = http.en("analyste").get(base + "?version=9");
    assertThat(version.statut()).isEqualTo(404);
    assertThat(version.detail()).contains("pas de version 9").contains("1, 2");

    var format = http.en("analyste").get("/api/analyses/processus/TestAnalyses/journal?format=pdf");
    assertThat(format.statut()).isEqualTo(400);
    assertThat(format.detail()).contains("xes ou csv");

    var dossier = http.en("analyste").get("/api/analyses/dossiers/inconnu/parcours");
    assertThat(dossier.statut()).isEqualTo(404);
  }
}
