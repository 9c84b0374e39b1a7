package fr.cpam.demarches.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 4-digit code cannot be guessed: each wrong code delays the next try, and after 5 wrong
 * codes the account stays locked until an administrator unlocks it. Each test opens its own
 * account so that the demo accounts stay usable.
 */
@TestIntegration
class VerrouillageIntTest {

  @Autowired Http http;
  @Autowired CompteService comptes;
  @Autowired IdentityService identityService;

  @AfterEach
  void remettreLHorloge() {
    ClockUtil.reset();
  }

  private String nouveauCitoyen(String treize) {
    Nir nir = Nir.depuisIdentifiant(treize);
    if (comptes.trouver(nir).isEmpty()) {
      comptes.ouvrirCompte(nir, "TESTEUR", "Paul", LocalDate.of(1990, 5, 1), null,
          Adresse.de("adresse", "1 rue de la Paix", null, "75002", "Paris"), "751", "1234");
    }
    return nir.identifiant();
  }

  private void avancer(Duration duree) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duree)));
  }

  @Test
  void apres_un_code_faux_il_faut_attendre_avant_de_reessayer() {
    String citoyen = nouveauCitoyen("1900575002101");
    var faux = http.en(citoyen, "0000").get("/api/moi");
    assertThat(faux.statut()).isEqualTo(401);
    assertThat(faux.detail()).contains("Identifiant ou code personnel incorrect");
    assertThat(((UserEntity) identityService.createUserQuery().userId(citoyen).singleResult()).getAttempts())
        .as("un code faux compte pour un seul essai")
        .isEqualTo(1);

    var tropTot = http.en(citoyen, "1234").get("/api/moi");
    assertThat(tropTot.statut()).isEqualTo(401);
    assertThat(tropTot.detail()).startsWith("Trop de tentatives de connexion : réessayez dans");

    avancer(Duration.ofSeconds(3));
    assertThat(http.en(citoyen, "1234").get("/api/moi").statut()).isEqualTo(200);
  }

  @Test
  void apres_cinq_codes_faux_le_compte_reste_bloque_jusqu_au_deblocage_par_un_administrateur() {
    String citoyen = nouveauCitoyen("1900575002102");
    for (int essai = 1; essai <= 5; essai++) {
      assertThat(http.en(citoyen, "999" + essai).get("/api/moi").statut()).isEqualTo(401);
      avancer(Duration.ofMinutes(2));
    }
    var bloque = http.en(citoyen, "1234").get("/api/moi");
    assertThat(bloque.statut()).isEqualTo(401);
    assertThat(bloque.typeContenu()).startsWith("application/problem+json");
    assertThat(bloque.json().path("title").asText()).isEqualTo("Compte bloqué");
    assertThat(bloque.detail()).contains("Votre compte est bloqué après 5 codes erronés").contains("3646");

    avancer(Duration.ofDays(1));
    assertThat(http.en(citoyen, "1234").get("/api/moi").statut()).as("le blocage ne s'arrête pas seul").isEqualTo(401);
    assertThat(new SessionWebapp(http.url("")).connecter("tasklist", citoyen, "1234")).isEqualTo(401);

    assertThat(http.en(Http.INES).post("/engine-rest/user/" + citoyen + "/unlock", "").statut()).isEqualTo(403);
    assertThat(http.en("admin").post("/engine-rest/user/" + citoyen + "/unlock", "").statut()).isEqualTo(204);

    assertThat(http.en(citoyen, "1234").get("/api/moi").statut()).isEqualTo(200);
    assertThat(new SessionWebapp(http.url("")).connecter("tasklist", citoyen, "1234")).isEqualTo(200);
  }

  @Test
  void un_bon_code_remet_le_compteur_a_zero() {
    String citoyen = nouveauCitoyen("1900575002103");
    for (int serie = 0; serie < 3; serie++) {
      for (int essai = 0; essai < 4; essai++) {
        assertThat(http.en(citoyen, "0000").get("/api/moi").statut()).isEqualTo(401);
        avancer(Duration.ofMinutes(2));
      }
      assertThat(http.en(citoyen, "1234").get("/api/moi").statut()).isEqualTo(200);
    }
  }

  @Test
  void l_identifiant_peut_etre_saisi_avec_des_espaces() {
    String citoyen = nouveauCitoyen("1900575002104");
    String avecEspaces = citoyen.substring(0, 1) + " " + citoyen.substring(1, 3) + " " + citoyen.substring(3);
    assertThat(http.en(avecEspaces, "1234").get("/api/moi").statut()).isEqualTo(200);
  }
}
