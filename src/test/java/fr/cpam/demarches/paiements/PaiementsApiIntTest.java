package fr.cpam.demarches.paiements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.Beneficiaire;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Mes paiements" through HTTP, on the demo history of Claire, Marc and Inès. */
@TestIntegration
class PaiementsApiIntTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  @Autowired Http http;
  @Autowired CompteService comptes;
  @Autowired PaiementService paiements;

  private static List<JsonNode> lignes(Http.Reponse reponse) {
    List<JsonNode> lignes = new ArrayList<>();
    reponse.json().path("paiements").forEach(lignes::add);
    return lignes;
  }

  @Test
  void claire_voit_les_remboursements_de_sa_famille_du_plus_recent_au_plus_ancien_avec_les_totaux() {
    Http.Reponse reponse = http.en(Http.CLAIRE).get("/api/paiements?taille=100");
    assertThat(reponse.statut()).isEqualTo(200);
    List<JsonNode> lignes = lignes(reponse);
    assertThat(lignes).hasSizeGreaterThanOrEqualTo(DemoPaiements.CLAIRE.size());
    assertThat(lignes).extracting(l -> l.path("beneficiaire").asText()).contains("Claire DUBOIS", "Léa DUBOIS", "Hugo DUBOIS");
    List<String> dates = lignes.stream().map(l -> l.path("date").asText()).toList();
    assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    JsonNode premiere = lignes.get(0);
    assertThat(premiere.path("nature").path("code").asText()).isEqualTo("remboursement-soins");
    assertThat(premiere.path("payeA").path("libelle").asText()).isEqualTo("Vous");
    assertThat(premiere.path("statut").path("libelle").asText()).isEqualTo("Payé");
    BigDecimal total = lignes.stream().map(l -> l.path("montantNet").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(reponse.json().path("totaux").path("montantNet").decimalValue()).isEqualByComparingTo(total);
    assertThat(reponse.json().path("totaux").path("nombrePaiements").asLong()).isEqualTo(lignes.size());
    // Amounts are JSON numbers with two decimals.
    assertThat(reponse.corps()).contains("\"montantBrut\":21.00");
  }

  @Test
  void les_filtres_beneficiaire_periode_et_nature_et_la_pagination_reduisent_la_selection() {
    Nir claire = Nir.de("2 85 04 75 112 345 60");
    Beneficiaire lea =
        comptes.compteDe(claire).beneficiaires().stream().filter(b -> b.prenom().equals("Léa")).findFirst().orElseThrow();
    List<JsonNode> deLea = lignes(http.en(Http.CLAIRE).get("/api/paiements?taille=100&beneficiaire=" + lea.nir().valeur()));
    assertThat(deLea).isNotEmpty().allMatch(l -> l.path("beneficiaire").asText().equals("Léa DUBOIS"));

    LocalDate du = LocalDate.now(HORLOGE).minusMonths(4);
    Http.Reponse periode = http.en(Http.CLAIRE).get("/api/paiements?taille=100&du=" + du);
    assertThat(lignes(periode)).isNotEmpty().allMatch(l -> !LocalDate.parse(l.path("date").asText()).isBefore(du));
    assertThat(periode.json().path("periode").path("du").asText()).isEqualTo(du.toString());

    assertThat(lignes(http.en(Http.CLAIRE).get("/api/paiements?nature=indemnites-journalieres"))).isEmpty();

    Http.Reponse page1 = http.en(Http.CLAIRE).get("/api/paiements?taille=5&page=1");
    Http.Reponse tout = http.en(Http.CLAIRE).get("/api/paiements?taille=100");
    assertThat(lignes(page1)).hasSize(5);
    assertThat(lignes(page1).get(0).path("libelle").asText()).isEqualTo(lignes(tout).get(5).path("libelle").asText());
    assertThat(page1.json().path("totalLignes").asLong()).isEqualTo(lignes(tout).size());
    // The totals are those of the whole selection, not of the page.
    assertThat(page1.json().path("totaux").path("montantNet").decimalValue())
        .isEqualByComparingTo(tout.json().path("totaux").path("montantNet").decimalValue());
  }

  @Test
  void marc_voit_ses_indemnites_passees_avec_brut_retenues_et_net() {
    Http.Reponse reponse = http.en(Http.MARC).get("/api/paiements?nature=indemnites-journalieres&taille=100");
    // Every amount with two decimals, as read from the database (587.30, never 587.3).
    assertThat(reponse.corps()).doesNotContainPattern("\"(montantBrut|csg|crds|retenues|montantNet)\":\\d+(\\.\\d)?[,}]");
    List<JsonNode> ij = lignes(reponse);
    List<JsonNode> payees = ij.stream().filter(l -> l.path("statut").path("code").asText().equals("paye")).toList();
    assertThat(payees).hasSizeGreaterThanOrEqualTo(2);
    for (JsonNode l : payees) {
      BigDecimal brut = l.path("montantBrut").decimalValue();
      assertThat(l.path("retenues").decimalValue()).isEqualByComparingTo(l.path("csg").decimalValue().add(l.path("crds").decimalValue()));
      assertThat(l.path("montantNet").decimalValue()).isEqualByComparingTo(brut.subtract(l.path("retenues").decimalValue()));
      assertThat(l.path("periode").path("du").asText()).isNotEmpty();
    }
    // 2 850 × 3 ÷ 91.25 ÷ 2 = 46.849… → 46.85 ; plafonné à 1.4 SMIC : 41.95 (2026) ou 41.47 (2025) par jour.
    assertThat(payees.get(0).path("libelle").asText()).containsAnyOf("41,95 €", "41,47 €");
  }

  @Test
  void un_assure_ne_voit_que_ses_propres_paiements() {
    paiements.enregistrer(
        new PaiementEffectue("TEST-INES-1", Nir.de("2 92 02 13 055 123 90").valeur(), Nir.de("2 92 02 13 055 123 90").valeur(),
            "Inès BERNARD", NaturePaiement.REMBOURSEMENT_SOINS, "Paiement propre à Inès", LocalDate.now(HORLOGE), LocalDate.now(HORLOGE),
            LocalDate.now(HORLOGE), new BigDecimal("12.34"), BigDecimal.ZERO, BigDecimal.ZERO, PayeA.ASSURE, "Vous", null));
    assertThat(http.en(Http.INES).get("/api/paiements").corps()).contains("Paiement propre à Inès");
    assertThat(http.en(Http.CLAIRE).get("/api/paiements?taille=100").corps()).doesNotContain("Paiement propre à Inès").doesNotContain("BERNARD");
    assertThat(http.en(Http.MARC).get("/api/paiements?taille=100").corps()).doesNotContain("Paiement propre à Inès");
    // A beneficiary of another account cannot be asked for.
    Http.Reponse autre = http.en(Http.CLAIRE).get("/api/paiements?beneficiaire=292021305512390");
    assertThat(autre.statut()).isEqualTo(422);
    assertThat(autre.json().path("champ").asText()).isEqualTo("beneficiaire");
    assertThat(autre.detail()).contains("n'est pas rattachée à votre compte");
  }

  @Test
  void les_filtres_invalides_sont_refuses_en_francais() {
    LocalDate tropAncien = LocalDate.now(HORLOGE).minusMonths(28);
    Http.Reponse r = http.en(Http.CLAIRE).get("/api/paiements?du=" + tropAncien);
    assertThat(r.statut()).isEqualTo(422);
    assertThat(r.typeContenu()).startsWith("application/problem+json");
    assertThat(r.json().path("champ").asText()).isEqualTo("du");
    assertThat(r.detail()).contains("27 mois");

    r = http.en(Http.CLAIRE).get("/api/paiements?du=" + LocalDate.now(HORLOGE).minusDays(5) + "&au=" + LocalDate.now(HORLOGE).minusDays(10));
    assertThat(r.statut()).isEqualTo(422);
    assertThat(r.json().path("champ").asText()).isEqualTo("au");

    r = http.en(Http.CLAIRE).get("/api/paiements?nature=pension-alimentaire");
    assertThat(r.statut()).isEqualTo(422);
    assertThat(r.detail()).contains("remboursement-soins");

    r = http.en(Http.CLAIRE).get("/api/paiements?du=hier");
    assertThat(r.statut()).isEqualTo(400);
    assertThat(r.json().path("champ").asText()).isEqualTo("du");

    r = http.en(Http.CLAIRE).get("/api/paiements?taille=1000");
    assertThat(r.statut()).isEqualTo(422);
    assertThat(r.json().path("champ").asText()).isEqualTo("taille");
  }

  @Test
  void mes_paiements_est_reserve_aux_assures() {
    assertThat(http.anonyme().get("/api/paiements").statut()).isEqualTo(401);
    assertThat(http.en("agent.prestations").get("/api/paiements").statut()).isEqualTo(403);
    assertThat(http.en(Http.CLAIRE).get("/api/paiements/natures").json().get(0).path("code").asText()).isEqualTo("remboursement-soins");
  }
}
