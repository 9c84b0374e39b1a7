package fr.cpam.demarches.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the login page of the webapps is told when it refuses someone ({@link ConnexionWebappFilter}):
 * Camunda itself answers every refusal with an empty 401 or 403.
 */
@TestIntegration
class ConnexionWebappIntTest {

  @Autowired Http http;
  @Autowired Citoyens citoyens;
  @Autowired IdentityService identityService;

  private final ObjectMapper json = new ObjectMapper();
  private String citoyen;

  @AfterEach
  void nettoyer() {
    if (citoyen != null) {
      identityService.deleteUser(citoyen);
    }
  }

  @Test
  void un_code_faux_laisse_la_page_dire_son_message_qui_previent_du_blocage() {
    HttpResponse<String> reponse = session().connexion("tasklist", nouveauCitoyen(), "0000");

    assertThat(reponse.statusCode()).isEqualTo(401);
    assertThat(reponse.body()).doesNotContain("message");
  }

  @Test
  void un_bon_code_tape_trop_tot_apres_un_code_faux_dit_combien_de_temps_attendre() {
    HorlogeDeTest.figer();
    String nir = nouveauCitoyen();
    session().connexion("tasklist", nir, "0000");

    HttpResponse<String> reponse = session().connexion("tasklist", nir, "1357");

    assertThat(reponse.statusCode()).isEqualTo(401);
    assertThat(message(reponse)).startsWith("Trop de tentatives de connexion : réessayez dans");
  }

  @Test
  void le_cinquieme_code_faux_bloque_la_connexion_15_minutes_puis_elle_revient_seule() {
    String nir = nouveauCitoyen();
    for (int essai = 1; essai <= 4; essai++) {
      assertThat(session().connexion("tasklist", nir, "0000").statusCode()).isEqualTo(401);
      avancer(Duration.ofMinutes(2));
    }

    HttpResponse<String> cinquieme = session().connexion("tasklist", nir, "0000");
    avancer(Duration.ofMinutes(2));
    HttpResponse<String> bonCode = session().connexion("tasklist", nir, "1357");

    assertThat(message(cinquieme)).contains("bloquée pendant 15 minutes", "3646");
    assertThat(bonCode.statusCode()).isEqualTo(401);
    assertThat(message(bonCode)).contains("bloquée pendant 13 minutes", "« Code oublié »");
    avancer(Duration.ofMinutes(14));
    assertThat(session().connexion("tasklist", nir, "1357").statusCode()).isEqualTo(200);
  }

  @Test
  void un_identifiant_inconnu_recoit_les_memes_reponses_qu_un_compte_existant() {
    String nir = nouveauCitoyen();
    // Handed out by Citoyens like every test number, so that no later test gets it with this lock.
    String inconnu = citoyens.identifiantLibre();
    assertThat(identityService.createUserQuery().userId(inconnu).count()).isZero();
    for (int essai = 1; essai <= 6; essai++) {
      HttpResponse<String> connu = session().connexion("tasklist", nir, "0000");
      HttpResponse<String> absent = session().connexion("tasklist", inconnu, "0000");
      assertThat(absent.statusCode()).as("essai " + essai).isEqualTo(connu.statusCode());
      assertThat(absent.body()).as("essai " + essai).isEqualTo(connu.body());
      avancer(Duration.ofSeconds(essai <= 4 ? 10 : 0));
    }
  }

  @Test
  void un_profil_sans_acces_a_l_application_l_apprend_en_francais() {
    HttpResponse<String> reponse = session().connexion("tasklist", "analyste", "demo");

    assertThat(reponse.statusCode()).isEqualTo(403);
    assertThat(message(reponse)).contains("votre profil ne donne pas accès à Tâches (Tasklist)", "Cockpit pour les analystes");
  }

  @Test
  void un_citoyen_peut_taper_son_numero_avec_des_espaces_comme_sur_sa_carte() {
    assertThat(session().connecter("tasklist", "2 85 04 75 112 345", Http.CLAIRE_CODE)).isEqualTo(200);
  }

  private SessionWebapp session() {
    return new SessionWebapp(http.url(""));
  }

  private String message(HttpResponse<String> reponse) {
    try {
      JsonNode corps = json.readTree(reponse.body());
      return corps.path("message").asText();
    } catch (java.io.IOException e) {
      throw new AssertionError("Réponse sans message JSON : " + reponse.body(), e);
    }
  }

  private static void avancer(Duration duree) {
    HorlogeDeTest.avancer(duree);
  }

  private String nouveauCitoyen() {
    citoyen = citoyens.utilisateurMoteur("1357");
    return citoyen;
  }
}
