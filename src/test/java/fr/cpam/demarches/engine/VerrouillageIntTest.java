package fr.cpam.demarches.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.engine.interne.PolitiqueMotsDePasse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 4-digit code cannot be guessed, and no stranger locks anyone out for good: each wrong code
 * delays the next try, from the 5th the login is locked for 15 minutes (doubled at each new
 * failure, 24 hours at most), the lock ends by itself or by an agent. An unknown identifier gets
 * the same answers. Passwords follow their policy. Each test opens its own account so that the
 * demo accounts stay usable.
 */
@TestIntegration
class VerrouillageIntTest {

  @Autowired Http http;
  @Autowired Citoyens citoyens;
  @Autowired IdentityService identityService;

  private void avancer(Duration duree) {
    HorlogeDeTest.avancer(duree);
  }

  @Test
  void apres_un_code_faux_il_faut_attendre_avant_de_reessayer() {
    HorlogeDeTest.figer();
    String citoyen = citoyens.avecCourriel(null);
    var faux = http.en(citoyen, "0000").get("/api/moi");
    assertThat(faux.statut()).isEqualTo(401);
    assertThat(faux.detail()).contains("Identifiant ou code personnel incorrect");

    var tropTot = http.en(citoyen, Citoyens.CODE).get("/api/moi");
    assertThat(tropTot.statut()).isEqualTo(401);
    assertThat(tropTot.detail()).isEqualTo("Trop de tentatives de connexion : réessayez dans 1 seconde.");

    avancer(Duration.ofSeconds(2));
    assertThat(http.en(citoyen, Citoyens.CODE).get("/api/moi").statut()).isEqualTo(200);
  }

  @Test
  void apres_cinq_codes_faux_la_connexion_est_bloquee_un_temps_qui_double_puis_se_debloque_seule() {
    String citoyen = citoyens.avecCourriel(null);
    for (int essai = 1; essai <= 5; essai++) {
      assertThat(http.en(citoyen, "999" + essai).get("/api/moi").statut()).isEqualTo(401);
      avancer(Duration.ofMinutes(1));
    }
    var bloque = http.en(citoyen, Citoyens.CODE).get("/api/moi");
    assertThat(bloque.statut()).isEqualTo(401);
    assertThat(bloque.typeContenu()).startsWith("application/problem+json");
    assertThat(bloque.detail()).contains("bloquée pendant 14 minutes", "« Code oublié »", "3646");
    assertThat(new SessionWebapp(http.url("")).connecter("tasklist", citoyen, Citoyens.CODE)).isEqualTo(401);

    avancer(Duration.ofMinutes(15));
    assertThat(http.en(citoyen, "0000").get("/api/moi").statut()).isEqualTo(401);
    assertThat(http.en(citoyen, Citoyens.CODE).get("/api/moi").detail()).as("6e code faux : 30 minutes").contains("bloquée pendant 30 minutes");
    avancer(Duration.ofMinutes(31));
    assertThat(http.en(citoyen, Citoyens.CODE).get("/api/moi").statut()).as("le blocage s'arrête seul").isEqualTo(200);
  }

  @Test
  void un_agent_ou_un_administrateur_debloque_une_connexion_et_pas_un_assure() {
    String citoyen = citoyens.avecCourriel(null);
    for (int essai = 1; essai <= 5; essai++) {
      http.en(citoyen, "999" + essai).get("/api/moi");
      avancer(Duration.ofMinutes(1));
    }
    assertThat(http.en(citoyen, Citoyens.CODE).get("/api/moi").statut()).isEqualTo(401);
    assertThat(http.en(Http.INES).post("/api/connexions/" + citoyen + "/deblocage", "").statut()).isEqualTo(403);
    assertThat(http.en("agent.accueil").post("/api/connexions/" + citoyen + "/deblocage", "").statut()).isEqualTo(204);
    assertThat(http.en(citoyen, Citoyens.CODE).get("/api/moi").statut()).isEqualTo(200);

    for (int essai = 1; essai <= 5; essai++) {
      http.en(citoyen, "999" + essai).get("/api/moi");
      avancer(Duration.ofMinutes(1));
    }
    // Admin's "Débloquer l'utilisateur" ends it too.
    assertThat(http.en("admin").post("/engine-rest/user/" + citoyen + "/unlock", "").statut()).isEqualTo(204);
    assertThat(new SessionWebapp(http.url("")).connecter("tasklist", citoyen, Citoyens.CODE)).isEqualTo(200);
  }

  @Test
  void un_identifiant_inconnu_recoit_les_memes_reponses_par_l_api() {
    String citoyen = citoyens.avecCourriel(null);
    String inconnu = "1900575002107";
    assertThat(identityService.createUserQuery().userId(inconnu).count()).isZero();
    for (int essai = 1; essai <= 7; essai++) {
      var connu = http.en(citoyen, "0000").get("/api/moi");
      var absent = http.en(inconnu, "0000").get("/api/moi");
      assertThat(absent.statut()).as("essai " + essai).isEqualTo(connu.statut());
      assertThat(absent.corps()).as("essai " + essai).isEqualTo(connu.corps());
      avancer(Duration.ofSeconds(essai <= 4 ? 10 : 0));
    }
  }

  @Test
  void un_bon_code_remet_le_compteur_a_zero() {
    String citoyen = citoyens.avecCourriel(null);
    for (int serie = 0; serie < 3; serie++) {
      for (int essai = 0; essai < 4; essai++) {
        assertThat(http.en(citoyen, "0000").get("/api/moi").statut()).isEqualTo(401);
        avancer(Duration.ofMinutes(2));
      }
      assertThat(http.en(citoyen, Citoyens.CODE).get("/api/moi").statut()).isEqualTo(200);
    }
  }

  @Test
  void l_identifiant_peut_etre_saisi_avec_des_espaces() {
    String citoyen = citoyens.avecCourriel(null);
    String avecEspaces = citoyen.substring(0, 1) + " " + citoyen.substring(1, 3) + " " + citoyen.substring(3);
    assertThat(http.en(avecEspaces, Citoyens.CODE).get("/api/moi").statut()).isEqualTo(200);
  }

  @Test
  void un_code_trivial_ou_la_date_de_naissance_et_un_mot_de_passe_faible_sont_refuses() {
    for (String code : List.of("1234", "0000", "9876", "1212", "1990", "0590", "9005")) {
      var utilisateur = identityService.newUser("1900575002108");
      utilisateur.setFirstName("Paul");
      utilisateur.setLastName("TESTEUR");
      utilisateur.setPassword(code);
      assertThatThrownBy(() -> identityService.saveUser(utilisateur)).as(code).isInstanceOf(ProcessEngineException.class);
    }
    assertThat(PolitiqueMotsDePasse.codeAccepte("4821", "2850475112345")).isTrue();
    assertThat(PolitiqueMotsDePasse.codeAccepte("1985", "2850475112345")).isFalse();
    assertThat(PolitiqueMotsDePasse.codeAccepte("123", "2850475112345")).isFalse();

    var faible = http.en("admin").post("/engine-rest/user/create",
        Map.of("profile", Map.of("id", "agent.faible", "firstName", "Agent", "lastName", "FAIBLE"), "credentials", Map.of("password", "a")));
    assertThat(faible.statut()).as(faible.corps()).isEqualTo(400);
    assertThat(faible.json().path("message").asText()).contains("10 caractères au moins");
    assertThat(identityService.createUserQuery().userId("agent.faible").count()).isZero();
    var fort = http.en("admin").post("/engine-rest/user/create",
        Map.of("profile", Map.of("id", "agent.fort", "firstName", "Agent", "lastName", "FORT"), "credentials", Map.of("password", "Cpam-Lyon-2026!")));
    assertThat(fort.statut()).as(fort.corps()).isEqualTo(204);
    identityService.deleteUser("agent.fort");
  }

  @Test
  void un_assure_ne_change_ni_ne_supprime_son_compte_du_moteur_ni_ses_groupes_ni_ses_droits() {
    String citoyen = citoyens.avecCourriel(null);
    var moi = http.en(citoyen, Citoyens.CODE);
    assertThat(moi.put("/engine-rest/user/" + citoyen + "/profile", Map.of("id", citoyen, "firstName", "Pirate", "lastName", "X")).statut()).isEqualTo(403);
    assertThat(moi.put("/engine-rest/user/" + citoyen + "/credentials", Map.of("password", "8642", "authenticatedUserPassword", Citoyens.CODE)).statut()).isEqualTo(403);
    assertThat(moi.delete("/engine-rest/user/" + citoyen).statut()).isEqualTo(403);
    assertThat(moi.put("/engine-rest/group/agents/members/" + citoyen, "").statut()).isEqualTo(403);
    assertThat(moi.delete("/engine-rest/group/assures/members/" + citoyen).statut()).isEqualTo(403);
    assertThat(moi.post("/engine-rest/authorization/create", Map.of("type", 1, "permissions", List.of("ALL"), "userId", citoyen, "resourceType", 0, "resourceId", "*")).statut()).isEqualTo(403);
    assertThat(moi.post("/engine-rest/identity/verify", Map.of("username", Http.CLAIRE, "password", "0000")).statut()).isEqualTo(403);
    var utilisateur = identityService.createUserQuery().userId(citoyen).singleResult();
    assertThat(utilisateur.getFirstName()).isEqualTo("Paul");
    assertThat(identityService.createGroupQuery().groupMember(citoyen).list()).extracting("id").containsExactly(Groupes.ASSURES);
    assertThat(moi.get("/api/moi").statut()).isEqualTo(200);
  }

  @Test
  void un_assure_ne_voit_que_lui_meme_parmi_les_comptes_du_moteur() {
    String citoyen = citoyens.avecCourriel(null);
    String inconnu = "1900575002111";
    var moi = http.en(citoyen, Citoyens.CODE);
    assertThat(moi.get("/engine-rest/user").json()).extracting(u -> u.path("id").asText()).containsExactly(citoyen);
    assertThat(moi.get("/engine-rest/user?id=" + Http.CLAIRE).json()).extracting(u -> u.path("id").asText()).containsExactly(citoyen);
    assertThat(moi.get("/engine-rest/user/count").json().path("count").asInt()).isEqualTo(1);
    var claire = moi.get("/engine-rest/user/" + Http.CLAIRE + "/profile");
    var absent = moi.get("/engine-rest/user/" + inconnu + "/profile");
    assertThat(claire.statut()).isEqualTo(404).isEqualTo(absent.statut());
    assertThat(claire.corps()).isEqualTo(absent.corps().replace(inconnu, Http.CLAIRE));
    assertThat(moi.get("/engine-rest/group?member=" + Http.CLAIRE).corps()).isEqualTo(moi.get("/engine-rest/group?member=" + inconnu).corps())
        .isEqualTo("[]");
    assertThat(moi.get("/engine-rest/identity/groups?userId=" + Http.CLAIRE).corps())
        .isEqualTo(moi.get("/engine-rest/identity/groups?userId=" + inconnu).corps());
    assertThat(moi.get("/engine-rest/group?member=" + citoyen).json()).extracting(g -> g.path("id").asText()).contains(Groupes.ASSURES);
    // In Tasklist, the same.
    SessionWebapp tasklist = SessionWebapp.tasklist(http.url(""), citoyen, Citoyens.CODE);
    assertThat(tasklist.get("/camunda/api/engine/engine/default/group?member=" + Http.CLAIRE).body()).isEqualTo("[]");
    assertThat(tasklist.get("/camunda/api/engine/engine/default/user/" + Http.CLAIRE + "/profile").statusCode()).isEqualTo(404);
  }
}
