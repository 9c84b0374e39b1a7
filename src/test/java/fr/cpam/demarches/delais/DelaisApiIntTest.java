package fr.cpam.demarches.delais;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.delais.interne.TraitementTermine;
import fr.cpam.demarches.delais.interne.TraitementTermineRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Délais de traitement de ma CPAM" through HTTP. */
@TestIntegration
class DelaisApiIntTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  @Autowired Http http;
  @Autowired TraitementTermineRepository traitements;

  /**
   * 25 dossiers "remboursements" (a theme no process of this system feeds) completed by the CPAM
   * of the Bouches-du-Rhône (Inès) in the last weeks, taking 1 to 25 days.
   */
  @BeforeEach
  void dossiersTraites() {
    if (traitements.existsByProcessInstanceId("test-delais-131-1")) {
      return;
    }
    Instant maintenant = HORLOGE.instant();
    for (int jours = 1; jours <= 25; jours++) {
      Instant fin = maintenant.minus(jours, ChronoUnit.DAYS);
      traitements.save(new TraitementTermine(
          "test-delais-131-" + jours, "Test", "remboursements", "131", fin.minus(jours, ChronoUnit.DAYS), fin, jours));
    }
    // Completed too long ago: outside the 90-day window.
    Instant ancien = maintenant.minus(120, ChronoUnit.DAYS);
    traitements.save(new TraitementTermine("test-delais-131-ancien-" + UUID.randomUUID(), "Test", "remboursements", "131", ancien, ancien, 300));
  }

  @Test
  void les_thematiques_couvrent_les_procedures_du_systeme_et_celles_du_tutoriel() {
    Http.Reponse r = http.en(Http.CLAIRE).get("/api/delais-traitement/thematiques");
    assertThat(r.statut()).isEqualTo(200);
    List<String> codes = new java.util.ArrayList<>();
    r.json().forEach(t -> codes.add(t.path("code").asText()));
    assertThat(codes).contains(
        "arrets-travail", "carte-vitale", "messagerie", "changement-situation", "remboursements", "feuilles-soins-papier");
  }

  @Test
  void avec_20_dossiers_ou_plus_le_delai_est_calcule_sur_la_mediane_et_le_80e_centile() {
    LocalDate envoi = LocalDate.now(HORLOGE).minusDays(2);
    Http.Reponse r = http.en(Http.INES).get("/api/delais-traitement?thematique=remboursements&dateEnvoi=" + envoi);
    assertThat(r.statut()).as(r.corps()).isEqualTo(200);
    // Durations 1..25: median = 13th value = 13 ; 80th centile = 20th value = 20.
    assertThat(r.json().path("source").path("code").asText()).isEqualTo("calcule");
    assertThat(r.json().path("dossiersObserves").asInt()).isEqualTo(25);
    assertThat(r.json().path("delaiEstimeJours").asInt()).isEqualTo(13);
    assertThat(r.json().path("dateEstimee").asText()).isEqualTo(envoi.plusDays(13).toString());
    assertThat(r.json().path("delaiHuitSurDixJours").asInt()).isEqualTo(20);
    assertThat(r.json().path("cpam").path("code").asText()).isEqualTo("131");
    assertThat(r.json().path("explication").asText()).contains("25 dossiers", "votre CPAM");
  }

  @Test
  void avec_moins_de_20_dossiers_le_delai_de_reference_est_donne_comme_tel() {
    LocalDate envoi = LocalDate.now(HORLOGE).minusDays(1);
    Http.Reponse r = http.en(Http.CLAIRE).get("/api/delais-traitement?thematique=remboursements&dateEnvoi=" + envoi);
    assertThat(r.statut()).isEqualTo(200);
    assertThat(r.json().path("source").path("code").asText()).isEqualTo("reference");
    assertThat(r.json().path("source").path("libelle").asText()).isEqualTo("Délai de référence");
    assertThat(r.json().path("delaiEstimeJours").asInt()).isEqualTo(7);
    assertThat(r.json().path("dateEstimee").asText()).isEqualTo(envoi.plusDays(7).toString());
    assertThat(r.json().path("cpam").path("code").asText()).isEqualTo("751");
    assertThat(r.json().path("explication").asText()).startsWith("Délai de référence");
  }

  @Test
  void tout_utilisateur_authentifie_peut_consulter_les_delais() {
    String url = "/api/delais-traitement?thematique=arrets-travail&dateEnvoi=" + LocalDate.now(HORLOGE);
    for (String qui : List.of(Http.MARC, "agent.accueil", "superviseur", "analyste", "medecin", "employeur", "admin")) {
      assertThat(http.en(qui).get(url).statut()).as(qui).isEqualTo(200);
      assertThat(http.en(qui).get("/api/delais-traitement/thematiques").statut()).as(qui).isEqualTo(200);
    }
    assertThat(http.anonyme().get(url).statut()).isEqualTo(401);
    // Someone with no CPAM gets the figures of all CPAMs.
    Http.Reponse agent = http.en("agent.accueil").get("/api/delais-traitement?thematique=remboursements&dateEnvoi=" + LocalDate.now(HORLOGE));
    assertThat(agent.json().has("cpam")).isFalse();
    assertThat(agent.json().path("dossiersObserves").asInt()).isGreaterThanOrEqualTo(25);
  }

  @Test
  void le_centile_au_rang_le_plus_proche() {
    List<Object[]> repartition = List.of(new Object[] {3, 2L}, new Object[] {10, 1L}, new Object[] {40, 1L});
    // 3, 3, 10, 40: median = 2nd = 3 ; 80th centile = 4th (ceil 3.2) = 40.
    assertThat(DelaisService.centile(repartition, 4, 50)).isEqualTo(3);
    assertThat(DelaisService.centile(repartition, 4, 80)).isEqualTo(40);
  }
}
